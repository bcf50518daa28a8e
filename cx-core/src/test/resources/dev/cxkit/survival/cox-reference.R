# Reference values for cxkit's Cox model tests (CoxRegressionTest), computed with R 4.2.2 and
# the survival package 3.5-3 (Debian bookworm: apt-get install r-cran-survival) by running
# `Rscript cox-reference.R` in this folder. It writes lung.csv (the columns of survival's `lung`
# data the tests read: NCCTG advanced lung cancer trial, Loprinzi et al. 1994, J Clin Oncol
# 12:601-607; status 1 = censored, 2 = dead; NA = missing) and prints the numbers the tests
# hold. The build never runs R; the output is appended below.
library(survival)
options(digits = 15)
write.csv(lung[, c("time", "status", "age", "sex", "ph.ecog")], "lung.csv", row.names = FALSE,
          quote = FALSE)

show <- function(label, fit) {
  cat("==", label, "\n")
  s <- summary(fit)
  print(s$coefficients)
  print(s$conf.int)
  cat("loglik", fit$loglik, "\n")
  cat("logtest", s$logtest, "\n")
  cat("waldtest", fit$wald.test, "\n")
  cat("sctest", s$sctest, "\n")
  print(fit$concordance)
  print(cox.zph(fit)$table)
}

# 1. The model of the survival package's documentation: age + sex, Efron ties.
f1 <- coxph(Surv(time, status) ~ age + sex, data = lung)
show("age + sex, efron", f1)
print(cox.zph(f1, transform = "identity")$table)
print(cox.zph(f1, transform = "log")$table)
print(cox.zph(f1, transform = "rank")$table)
# Predicted survival of a 60-year-old woman (sex = 2) at some days, and of the mean profile.
p <- survfit(f1, newdata = data.frame(age = 60, sex = 2))
print(summary(p, times = c(5, 100, 365, 500, 1000))$surv)
b <- survfit(f1)
print(summary(b, times = c(100, 365, 1000))$surv)
print(max(lung$time))

# 2. Breslow ties.
show("age + sex, breslow", coxph(Surv(time, status) ~ age + sex, data = lung, ties = "breslow"))

# 3. A categorical covariate (reference level 0) and strata; the one row with ph.ecog
#    missing is left out.
lung2 <- lung[!is.na(lung$ph.ecog), ]
f3 <- coxph(Surv(time, status) ~ age + factor(ph.ecog) + strata(sex), data = lung2)
show("age + factor(ph.ecog) + strata(sex), efron", f3)
p3 <- survfit(f3, newdata = data.frame(age = 70, ph.ecog = 2, sex = 1))
print(summary(p3, times = c(100, 365))$surv)

# 4. A level with no events: R warns "Loglik converged before variable 1; coefficient may be
#    infinite" after 20 iterations; and with that level alone, R runs out of iterations.
set.seed(1)
d <- data.frame(t = 1:40, e = rep(c(1, 0, 1, 1), 10), plan = rep(c("a", "a", "b", "a", "b"), 8),
                x = rnorm(40))
d$e[d$plan == "b"] <- 0
f4 <- coxph(Surv(t, e) ~ plan + x, data = d)
print(f4$iter); print(coef(f4)); print(f4$loglik)
d5 <- data.frame(t = 1:8, e = c(1, 1, 0, 1, 0, 1, 0, 0), plan = c("a", "a", "b", "a", "b", "a", "b", "b"))
f5 <- coxph(Surv(t, e) ~ plan, data = d5)
print(f5$iter); print(coef(f5))

# Output:
# == age + sex, efron 
#                    coef         exp(coef)            se(coef)                 z
# age  0.0170453318454113 1.017191432444874 0.00922327347696912  1.84807833010418
# sex -0.5132185171083844 0.598565980406791 0.16745796235576815 -3.06476031290791
#                Pr(>|z|)
# age 0.06459101212954713
# sex 0.00217844504671314
#             exp(coef)        exp(-coef)         lower .95        upper .95
# age 1.017191432444874 0.983099117927534 0.998968580290331 1.03574669979965
# sex 0.598565980406791 1.670659597661047 0.431093578804223 0.83109851437396
# loglik -749.909801390395 -742.84824578377 
# logtest 14.1231112132486 2 0.000857443211627628 
# waldtest 13.4732494513703 
# sctest 13.7223214895153 2 0.00104769711762172 
#           concordant           discordant               tied.x 
# 1.19100000000000e+04 7.79300000000000e+03 3.11000000000000e+02 
#               tied.y              tied.xy          concordance 
# 2.80000000000000e+01 0.00000000000000e+00 6.02853002897971e-01 
#                  std 
# 2.54986777697303e-02 
#                   chisq df                 p
# age    0.20920282636381  1 0.647392939198047
# sex    2.60767170353677  1 0.106347797927751
# GLOBAL 2.77078537593772  2 0.250225519945118
#                    chisq df                 p
# age    0.141747561344693  1 0.706549843730457
# sex    2.718401088146249  1 0.099197337797211
# GLOBAL 2.833391383102034  2 0.242514035591659
#                   chisq df                  p
# age    3.43740004418633  1 0.0637359173999165
# sex    2.32690535316119  1 0.1271544406807785
# GLOBAL 5.42518457694070  2 0.0663645474873850
#                    chisq df                 p
# age    0.137016195389135  1 0.711265522943880
# sex    2.378125718449404  1 0.123045095510515
# GLOBAL 2.475291838507625  2 0.290066254224025
# [1] 0.997059985065747 0.905209862362739 0.538204837861865 0.426523539811922
# [5] 0.134580928777596
# [1] 0.8679205958217059 0.4142845712265448 0.0576849592996361
# [1] 1022
# == age + sex, breslow 
#                    coef         exp(coef)            se(coef)                 z
# age  0.0170128891984432 1.017158432597636 0.00922195368490265  1.84482483644384
# sex -0.5125647915187186 0.598957406233887 0.16746206314235360 -3.06078154001366
#                Pr(>|z|)
# age 0.06506302330197099
# sex 0.00220760102660862
#             exp(coef)        exp(-coef)         lower .95         upper .95
# age 1.017158432597636 0.983131012782525 0.998938755627469 1.035710418858064
# sex 0.598957406233887 1.669567801636817 0.431372020722934 0.831648686628303
# loglik -750.122018895319 -743.079654197999 
# logtest 14.0847293946395 2 0.000874057235754418 
# waldtest 13.4374375054178 
# sctest 13.6852993783457 2 0.00106727171145124 
#           concordant           discordant               tied.x 
# 1.19100000000000e+04 7.79300000000000e+03 3.11000000000000e+02 
#               tied.y              tied.xy          concordance 
# 2.80000000000000e+01 0.00000000000000e+00 6.02853002897971e-01 
#                  std 
# 2.54986777697303e-02 
#                    chisq df                 p
# age    0.207956689885413  1 0.648373665076673
# sex    2.599452688876007  1 0.106900626104901
# GLOBAL 2.760990772354903  2 0.251453955386558
# == age + factor(ph.ecog) + strata(sex), efron 
#                                coef        exp(coef)            se(coef)
# age              0.0101275477351109 1.01017900491164 0.00929143241017563
# factor(ph.ecog)1 0.3654785154322706 1.44120348128113 0.20109367230502076
# factor(ph.ecog)2 0.8996003790399241 2.45862039856962 0.22834213557064381
# factor(ph.ecog)3 1.8506831457118473 6.36416569040074 1.03305713929949161
#                                 z             Pr(>|z|)
# age              1.08998777454589 2.75718529431234e-01
# factor(ph.ecog)1 1.81745408119013 6.91476132852015e-02
# factor(ph.ecog)2 3.93970379926489 8.15822727777887e-05
# factor(ph.ecog)3 1.79146251964996 7.32191039897481e-02
#                         exp(coef)        exp(-coef)         lower .95
# age              1.01017900491164 0.989923563188160 0.991949257069143
# factor(ph.ecog)1 1.44120348128113 0.693864546532367 0.971748901384125
# factor(ph.ecog)2 2.45862039856962 0.406732165966647 1.571543122414937
# factor(ph.ecog)3 6.36416569040074 0.157129787099718 0.840236699863458
#                          upper .95
# age               1.02874377362747
# factor(ph.ecog)1  2.13745286616568
# factor(ph.ecog)2  3.84641959742966
# factor(ph.ecog)3 48.20380369181183
# loglik -638.509764984236 -628.51735593126 
# logtest 19.9848181059522 4 0.000502857310780097 
# waldtest 21.3449323780323 
# sctest 22.7360815442265 4 0.000142962959791622 
#           concordant           discordant               tied.x 
# 6.28400000000000e+03 4.05300000000000e+03 1.26000000000000e+02 
#               tied.y              tied.xy          concordance 
# 1.70000000000000e+01 0.00000000000000e+00 6.06613781898117e-01 
#                  std 
# 2.64012011150985e-02 
#                             chisq df                 p
# age             0.117301347611048  1 0.731980029041683
# factor(ph.ecog) 5.066642803083934  3 0.166981769304415
# GLOBAL          5.077497184727264  4 0.279437833170833
# [1] 0.733915211072995 0.141656950478004
# Warning message:
# In coxph.fit(X, Y, istrat, offset, init, control, weights = weights,  :
#   Loglik converged before variable  1 ; coefficient may be infinite. 
# [1] 20
#               planb                   x 
# -20.919583796387013   0.159170564561622 
# [1] -49.6899578358548 -39.7070017543663
# Warning message:
# In coxph.fit(X, Y, istrat, offset, init, control, weights = weights,  :
#   Ran out of iterations and did not converge
# [1] 21
#             planb 
# -21.6426892265259 
