# Generates test/change/fixtures/t-quantile-r.json: Student's t quantiles from R's qt(), the
# reference that src/change/_lib/tQuantile.ts is tested against (test/change/tQuantile.test.ts).
# Run: Rscript scripts/t-quantile-vectors.R > test/change/fixtures/t-quantile-r.json
# (R is not needed to run the tests: the vectors are committed.)
dfs <- c(1:30, 35, 40, 50, 60, 75, 100, 120, 150, 200, 300, 500, 750, 1000, 1500, 2000, 3000,
         5000, 7500, 9999, 10000, 1.5, 2.5, 3.7, 12.25, 1e5, 1e6, 1e7)
lower <- c(1e-300, 1e-200, 1e-100, 1e-50, 1e-30, 1e-20, 1e-15, 1e-12, 1e-10, 1e-8, 1e-6, 1e-5,
           1e-4, 5e-4, 1e-3, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35,
           0.4, 0.45, 0.49, 0.499, 0.4999999)
ps <- c(lower, 0.5, rev(1 - lower[lower >= 1e-15]), 0.975, 0.995, 0.9995)
grid <- expand.grid(p = ps, df = dfs)
set.seed(15)
n <- 400
random <- data.frame(
  p = c(runif(n), 10^runif(n / 2, -300, -1), 1 - 10^runif(n / 2, -15, -1)),
  df = c(round(10^runif(n, 0, 4)), round(10^runif(n / 2, 0, 4)), round(10^runif(n / 2, 0, 4))))
all <- rbind(grid[, c("p", "df")], random)
all$q <- qt(all$p, all$df)
rows <- sprintf("    [%.17g, %.17g, %.17g]", all$df, all$p, all$q)
cat("{\n")
cat(sprintf("  \"generator\": \"%s, %s\",\n", R.version.string, R.version$platform))
cat("  \"expression\": \"qt(p, df), lower.tail = TRUE; printed with sprintf('%.17g') (see scripts/t-quantile-vectors.R for the grid: a fixed df x p grid plus set.seed(15) random draws)\",\n")
cat("  \"columns\": [\"df\", \"p\", \"q\"],\n")
cat("  \"rows\": [\n")
cat(paste(rows, collapse = ",\n"))
cat("\n  ]\n}\n")
