# R's rule for Kaplan-Meier estimates after the last follow-up, which KaplanMeierTest follows.
# Run: Rscript km-extend-reference.R > km-extend-reference.txt   (R with the survival package)
# Data: Kaplan & Meier (1958)'s eight times, the last (12.1) censored.
library(survival)
cat(sprintf("R %s, survival %s\n", getRversion(), packageVersion("survival")))
km <- survfit(Surv(c(0.8, 1.0, 2.7, 3.1, 5.4, 7.0, 9.2, 12.1), c(1, 0, 0, 1, 1, 0, 1, 0)) ~ 1)
# extend = FALSE (the default): times after the last follow-up are left out
s <- summary(km, times = c(0.5, 9.2, 12.1, 13, 1e9), extend = FALSE)
print(cbind(time = s$time, surv = s$surv, std.err = s$std.err, lower = s$lower, upper = s$upper))
# extend = TRUE would carry the last value flat to any time
s <- summary(km, times = c(12.1, 13, 1e9), extend = TRUE)
print(cbind(time = s$time, surv = s$surv, n.risk = s$n.risk))
