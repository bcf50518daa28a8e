# A telco-style churn export for cx's end-to-end survival and churn tests, and the reference
# numbers they check, computed with R 4.2.2 and the survival package 3.5-3 (Debian bookworm:
# apt-get install r-cran-survival) by `Rscript telco-reference.R` in this folder. The file has
# the shape of the public IBM "Telco customer churn" export (customerID, gender, ..., Contract,
# tenure in whole months, ..., Churn Yes/No) with simulated values: quoted cells (one with a
# comma), CRLF line ends, blank lines, new customers with tenure 0 and a blank TotalCharges.
# The build never runs R; the output is appended below.
library(survival)
options(digits = 15)
set.seed(2024)
n <- 400
contract <- sample(c("Month-to-month", "One year", "Two year"), n, replace = TRUE,
                   prob = c(0.55, 0.25, 0.20))
monthly <- round(runif(n, 18, 118), 2)
rate <- 0.035 * c("Month-to-month" = 1, "One year" = 0.35, "Two year" = 0.12)[contract] *
  exp(0.008 * (monthly - 65))
lifetime <- rexp(n, rate)
followup <- runif(n, 0, 72)
tenure <- floor(pmin(lifetime, followup))
churn <- ifelse(lifetime <= followup & tenure > 0, "Yes", "No")
payment <- sample(c("Electronic check", "Mailed check, paper", "Bank transfer (automatic)",
                    "Credit card (automatic)"), n, replace = TRUE)
total <- ifelse(tenure == 0, " ", format(round(monthly * tenure, 2), nsmall = 2, trim = TRUE))
d <- data.frame(customerID = sprintf("%04d-%s", 1:n, substr(sprintf("%08X", 1:n * 7919L), 4, 8)),
                gender = sample(c("Female", "Male"), n, replace = TRUE),
                SeniorCitizen = rbinom(n, 1, 0.16), Partner = sample(c("Yes", "No"), n, TRUE),
                Contract = contract, tenure = tenure, PaymentMethod = payment,
                MonthlyCharges = monthly, TotalCharges = total, Churn = churn)
q <- function(x) paste0('"', gsub('"', '""', x), '"')
lines <- c("customerID,gender,SeniorCitizen,Partner,Contract,tenure,PaymentMethod,MonthlyCharges,TotalCharges,Churn")
for (i in 1:n) {
  lines <- c(lines, paste(d$customerID[i], d$gender[i], d$SeniorCitizen[i], d$Partner[i],
                          d$Contract[i], d$tenure[i], q(d$PaymentMethod[i]), d$MonthlyCharges[i],
                          q(d$TotalCharges[i]), d$Churn[i], sep = ","))
  if (i %% 150 == 0) lines <- c(lines, "")
}
con <- file("telco_churn.csv", "wb")
writeLines(lines, con, sep = "\r\n")
close(con)

# Read back as a user's R session would, and compute what cx reports.
t <- read.csv("telco_churn.csv", blank.lines.skip = TRUE)
stopifnot(nrow(t) == n)
t$event <- t$Churn == "Yes"
cat("customers", nrow(t), "churned", sum(t$event), "\n")
km <- survfit(Surv(tenure, event) ~ 1, data = t)
print(summary(km, times = c(1, 3, 6, 12, 24, 72), extend = TRUE)[c("time", "surv", "lower", "upper")])
print(summary(km)$table)
cat("last follow-up", max(t$tenure), "\n")
kc <- survfit(Surv(tenure, event) ~ Contract, data = t)
print(summary(kc, times = c(12, 24))[c("strata", "time", "surv", "lower", "upper")])
print(summary(kc)$table)
print(tapply(t$tenure, t$Contract, max))
sd <- survdiff(Surv(tenure, event) ~ Contract, data = t)
print(sd$obs); print(sd$exp); print(sd$chisq); print(pchisq(sd$chisq, 2, lower.tail = FALSE))
cox <- coxph(Surv(tenure, event) ~ Contract + MonthlyCharges, data = t)
s <- summary(cox)
print(s$coefficients); print(s$conf.int)
cat("logtest", s$logtest, "\n"); cat("wald", cox$wald.test, "\n"); cat("sctest", s$sctest, "\n")
print(cox$concordance)
print(cox.zph(cox)$table)

# Output:
# customers 400 churned 171 
# $time
# [1]  1  3  6 12 24 72
# 
# $surv
# [1] 0.984693877551020 0.938070688055615 0.870643821747583 0.774727549883308
# [5] 0.649172303404381 0.363746256110191
# 
# $lower
# [1] 0.972615433720359 0.914372705847061 0.837458109918363 0.732744587903932
# [5] 0.599285002845977 0.299414567989876
# 
# $upper
# [1] 0.996922317773177 0.962382855658337 0.905144574241607 0.819115946342389
# [5] 0.703212457355053 0.441900137733627
# 
#            records              n.max            n.start             events 
# 400.00000000000000 400.00000000000000 400.00000000000000 171.00000000000000 
#              rmean          se(rmean)             median            0.95LCL 
#  40.56036690956797   1.58560597257471  39.00000000000000  32.00000000000000 
#            0.95UCL 
#  45.00000000000000 
# last follow-up 71 
# $strata
# [1] Contract=Month-to-month Contract=Month-to-month Contract=One year      
# [4] Contract=One year       Contract=Two year       Contract=Two year      
# Levels: Contract=Month-to-month Contract=One year Contract=Two year
# 
# $time
# [1] 12 24 12 24 12 24
# 
# $surv
# [1] 0.663643513041010 0.479770450590009 0.830726973457020 0.763021655655958
# [5] 0.975342465753425 0.930268375168845
# 
# $lower
# [1] 0.599819613752758 0.410231107129419 0.755920395914852 0.676387678443387
# [5] 0.941992277266547 0.872695390632266
# 
# $upper
# [1] 0.734258604259234 0.561097589283310 0.912936478706675 0.860752000006589
# [5] 1.000000000000000 0.991639533253753
# 
#                         records n.max n.start events            rmean
# Contract=Month-to-month     209   209     209    130 26.6722364167151
# Contract=One year           100   100     100     33 46.7059829827143
# Contract=Two year            91    91      91      8 64.7480941826908
#                                se(rmean) median 0.95LCL 0.95UCL
# Contract=Month-to-month 1.76176174081509     24      19      27
# Contract=One year       3.09869134327624     48      44      NA
# Contract=Two year       2.07855738771746     NA      NA      NA
# Month-to-month       One year       Two year 
#             71             68             71 
# [1] 130  33   8
# [1] 71.8539292234212 46.3149408855489 52.8311298910299
# [1] 95.2922032957539
# [1] 2.03030353193717e-21
#                                 coef          exp(coef)           se(coef)
# ContractOne year -1.0869095497281698 0.3372571612985497 0.2004245135855891
# ContractTwo year -2.7110243474065601 0.0664686848058247 0.3713761032705364
# MonthlyCharges    0.0154722186519917 1.0155925331367905 0.0028019297353482
#                                  z             Pr(>|z|)
# ContractOne year -5.42303698426598 5.85948629988973e-08
# ContractTwo year -7.29994289759581 2.87889881860024e-13
# MonthlyCharges    5.52198667111436 3.35187922371412e-08
#                           exp(coef)         exp(-coef)          lower .95
# ContractOne year 0.3372571612985497  2.965096415298269 0.2276981619988007
# ContractTwo year 0.0664686848058247 15.044678601980850 0.0320997147706352
# MonthlyCharges   1.0155925331367905  0.984646861188876 1.0100305089554136
#                          upper .95
# ContractOne year 0.499531449216332
# ContractTwo year 0.137636302733061
# MonthlyCharges   1.021185186207810
# logtest 140.200630496063 3 3.42137074140281e-30 
# wald 95.8856240106475 
# sctest 123.811256224044 3 1.16550358287488e-26 
#           concordant           discordant               tied.x 
# 2.93470000000000e+04 1.04080000000000e+04 3.00000000000000e+00 
#               tied.y              tied.xy          concordance 
# 3.88000000000000e+02 0.00000000000000e+00 7.38178479802807e-01 
#                  std 
# 1.94254057047520e-02 
#                             chisq df                 p
# Contract       1.5622689439232000  2 0.457886257417220
# MonthlyCharges 0.0196132020878161  1 0.888622743155330
# GLOBAL         1.5719127922918852  3 0.665775039439436
