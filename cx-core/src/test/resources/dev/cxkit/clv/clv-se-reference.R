# Independent standard errors of the Pareto/NBD, BG/NBD and MBG/NBD parameters on CDNOW, for
# ParetoNbdModelTest, BgNbdModelTest and MbgNbdModelTest.
#
# Run (Debian: apt-get install r-base-core r-cran-numderiv):
#   Rscript clv-se-reference.R > clv-se-reference.txt
#
# Written from the papers, not from cxkit:
# - Pareto/NBD: given lambda and mu, L = lambda^x exp(-(lambda + mu) T)
#   + lambda^x mu int_{t_x}^{T} exp(-(lambda + mu) tau) dtau (Fader & Hardie 2005, "A note on
#   deriving the Pareto/NBD model and related expressions", eq. 2-3). Integrating lambda ~
#   Gamma(r, alpha) and mu ~ Gamma(s, beta) under the integral sign gives
#   L = G(r + x) alpha^r / G(r) [ (beta / (beta + T))^s / (alpha + T)^(r + x)
#       + int_{t_x}^{T} s beta^s / (beta + tau)^(s + 1) (alpha + tau)^-(r + x) dtau ],
#   evaluated here by R's integrate() (adaptive Gauss-Kronrod), so this check shares no
#   Gauss hypergeometric function with cxkit's closed form.
# - BG/NBD: Fader, Hardie & Lee (2005), "Counting your customers the easy way", eq. 6.
# - MBG/NBD: Batislam, Denizel & Filiztekin (2007), IJRM 24(3), the likelihood of section 2.
# Fits: nlminb on log-parameters from several starts, then optim(BFGS) polish. Standard errors:
# the inverse of numDeriv::hessian (Richardson extrapolation) of -LL in the natural parameters at
# the maximum.
#
# Data: cdnow_customers_summary.csv (the published summary, times rounded to 2 decimals) and the
# raw log CDNOW_sample.txt summarised the way CLVTools does it (calibration ends 1997-09-30,
# weeks of 7 days, purchases on one day counted once), both beside this script.
suppressPackageStartupMessages(library(numDeriv))
here <- function(name) {
  args <- commandArgs(trailingOnly = FALSE)
  file <- sub("^--file=", "", args[grep("^--file=", args)])
  file.path(if (length(file)) dirname(file) else ".", name)
}

patterns <- function(x, tx, T) {
  key <- paste(x, format(tx, digits = 17), format(T, digits = 17))
  first <- !duplicated(key)
  counts <- as.vector(table(key)[key[first]])
  data.frame(x = x[first], tx = tx[first], T = T[first], n = counts)
}

rounded <- local({
  d <- read.csv(here("cdnow_customers_summary.csv"))
  patterns(d$frequency, d$recency, d$T)
})

exact <- local({
  raw <- read.table(here("CDNOW_sample.txt"), colClasses = c("character", "integer", "character", "numeric", "numeric"))
  names(raw) <- c("orig", "id", "date", "units", "dollars")
  raw$day <- as.Date(raw$date, format = "%Y%m%d")
  end <- as.Date("1997-09-30")
  days <- unique(raw[, c("id", "day")])
  first <- tapply(days$day, days$id, min)
  cal <- days[days$day <= end, ]
  x <- tapply(cal$day, cal$id, length) - 1
  last <- tapply(cal$day, cal$id, max)
  ids <- names(first)
  T <- as.numeric(end - as.Date(first[ids], origin = "1970-01-01")) / 7
  tx <- as.numeric(as.Date(last[ids], origin = "1970-01-01") - as.Date(first[ids], origin = "1970-01-01")) / 7
  patterns(as.vector(x[ids]), tx, T)
})

pnbd_ll <- function(p, d) {
  r <- p[1]; alpha <- p[2]; s <- p[3]; beta <- p[4]
  total <- 0
  for (i in seq_len(nrow(d))) {
    x <- d$x[i]; tx <- d$tx[i]; T <- d$T[i]
    front <- lgamma(r + x) - lgamma(r) + r * log(alpha)
    alive <- s * log(beta / (beta + T)) - (r + x) * log(alpha + T)
    gone <- 0
    if (T > tx) {
      scale <- exp(alive)
      f <- function(tau) s * beta^s / (beta + tau)^(s + 1) * (alpha + tau)^(-(r + x)) / scale
      gone <- integrate(f, tx, T, rel.tol = 1e-13, abs.tol = 0, subdivisions = 1000L)$value
    }
    total <- total + d$n[i] * (front + alive + log1p(gone))
  }
  total
}

bgnbd_ll <- function(p, d) {
  r <- p[1]; alpha <- p[2]; a <- p[3]; b <- p[4]
  x <- d$x; tx <- d$tx; T <- d$T
  common <- lgamma(r + x) - lgamma(r) + r * log(alpha) - lbeta(a, b)
  first <- lbeta(a, b + x) - (r + x) * log(alpha + T)
  second <- ifelse(x > 0, lbeta(a + 1, pmax(b + x - 1, 1e-300)) - (r + x) * log(alpha + tx), -Inf)
  m <- pmax(first, second)
  sum(d$n * (common + m + log(exp(first - m) + exp(second - m))))
}

mbgnbd_ll <- function(p, d) {
  r <- p[1]; alpha <- p[2]; a <- p[3]; b <- p[4]
  x <- d$x; tx <- d$tx; T <- d$T
  common <- lgamma(r + x) - lgamma(r) + r * log(alpha) - lbeta(a, b)
  first <- lbeta(a, b + x + 1) - (r + x) * log(alpha + T)
  second <- lbeta(a + 1, b + x) - (r + x) * log(alpha + tx)
  m <- pmax(first, second)
  sum(d$n * (common + m + log(exp(first - m) + exp(second - m))))
}

fit <- function(name, ll, d, starts) {
  objective <- function(lp) {
    v <- ll(exp(lp), d)
    if (is.finite(v)) -v else 1e300
  }
  best <- NULL
  for (start in starts) {
    candidate <- nlminb(log(start), objective, control = list(rel.tol = 1e-15, x.tol = 1e-12, eval.max = 2000, iter.max = 1000))
    if (is.null(best) || candidate$objective < best$objective) best <- candidate
  }
  polished <- optim(best$par, objective, method = "BFGS", control = list(reltol = 1e-16, maxit = 1000))
  lp <- if (polished$value < best$objective) polished$par else best$par
  p <- exp(lp)
  h <- hessian(function(q) -ll(q, d), p)
  se <- sqrt(diag(solve(h)))
  cat(sprintf("%s on %s data: LL %.7f\n", name, deparse(substitute(d)), ll(p, d)))
  cat(sprintf("  estimates %s\n", paste(sprintf("%.7f", p), collapse = " ")))
  cat(sprintf("  se        %s\n", paste(sprintf("%.7f", se), collapse = " ")))
}

cat(sprintf("R %s, numDeriv %s, %s\n", getRversion(), packageVersion("numDeriv"), Sys.Date()))
cat(sprintf("patterns: %d rounded, %d exact (from %d customers)\n", nrow(rounded), nrow(exact), sum(exact$n)))
pnbd_starts <- list(c(1, 1, 1, 1), c(0.5, 10, 0.5, 10), c(1, 20, 1, 20))
bg_starts <- list(c(1, 1, 1, 1), c(1, 3, 1, 3), c(0.5, 5, 0.5, 2))
fit("Pareto/NBD", pnbd_ll, rounded, pnbd_starts)
fit("Pareto/NBD", pnbd_ll, exact, pnbd_starts)
fit("BG/NBD", bgnbd_ll, rounded, bg_starts)
fit("BG/NBD", bgnbd_ll, exact, bg_starts)
fit("MBG/NBD", mbgnbd_ll, rounded, bg_starts)
fit("MBG/NBD", mbgnbd_ll, exact, bg_starts)
