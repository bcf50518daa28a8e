# Independent check of `cx drivers` on a yes/no outcome with categorical drivers
# (DriversCommandTest): ordinary least squares of Churn (Yes = 1, No = 0) on treatment-coded
# factors (R's default contr.treatment, reference = first level in sorted order) and numbers,
# with base R only. Run: Rscript drivers-reference.R telco_churn.csv
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
y <- as.numeric(d$Churn == "Yes")
fit <- lm(y ~ factor(Contract) + tenure + MonthlyCharges + SeniorCitizen + factor(Partner), data = d)
cat(sprintf("r.squared %.12f\n", summary(fit)$r.squared))
cat(sprintf("pearson Contract=One year %.12f\n", cor(y, as.numeric(d$Contract == "One year"))))
cat(sprintf("pearson Contract=Two year %.12f\n", cor(y, as.numeric(d$Contract == "Two year"))))
cat(sprintf("pearson Partner=Yes %.12f\n", cor(y, as.numeric(d$Partner == "Yes"))))
cat(sprintf("pearson tenure %.12f\n", cor(y, d$tenure)))
cat(sprintf("pearson MonthlyCharges %.12f\n", cor(y, d$MonthlyCharges)))
cat(sprintf("pearson SeniorCitizen %.12f\n", cor(y, d$SeniorCitizen)))
d2 <- d
d2$Contract <- relevel(factor(d2$Contract), ref = "Two year")
fit2 <- lm(y ~ Contract + tenure, data = d2)
cat(sprintf("r.squared Contract(ref Two year) + tenure %.12f\n", summary(fit2)$r.squared))
cat(sprintf("pearson Contract=Month-to-month %.12f\n", cor(y, as.numeric(d$Contract == "Month-to-month"))))
