# Reference values for the analysis engine (src/analysis), computed with R's spdep and classInt.
# Run from the repository root:  Rscript scripts/reference/make-references.R
# Needs (Debian): r-base-core r-cran-spdep r-cran-classint r-cran-spdata r-cran-sf r-cran-jsonlite.
# R is NOT needed in CI: the JSON files it writes into test/fixtures/reference/ are committed.
suppressPackageStartupMessages({
  library(sf)
  library(spdep)
  library(classInt)
  library(jsonlite)
})
sf_use_s2(FALSE)
out <- "test/fixtures/reference"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
# 17 significant digits: every double survives the JSON round trip exactly.
write_ref <- function(x, file) {
  writeLines(toJSON(x, digits = I(17), auto_unbox = TRUE, null = "null", na = "null", pretty = FALSE),
             file.path(out, file))
}
nb0 <- function(nb) lapply(nb, function(v) I(if (length(v) == 1 && v[1] == 0L) integer(0) else as.integer(v - 1L)))
versions <- list(R = R.version.string, spdep = as.character(packageVersion("spdep")),
                 classInt = as.character(packageVersion("classInt")),
                 spData = as.character(packageVersion("spData")), sf = as.character(packageVersion("sf")))

## 1. Columbus geometry as GeoJSON (the fixture is the source of truth: references use the read-back file)
shp <- st_read(system.file("shapes/columbus.shp", package = "spData"), quiet = TRUE)
props <- st_drop_geometry(shp)
features <- lapply(seq_len(nrow(shp)), function(i) {
  g <- st_geometry(shp)[[i]]
  rings <- lapply(unclass(g), function(m) unname(lapply(seq_len(nrow(m)), function(r) as.numeric(m[r, 1:2]))))
  list(type = "Feature",
       properties = as.list(props[i, c("POLYID", "NEIG", "HOVAL", "INC", "CRIME", "OPEN", "PLUMB", "DISCBD", "X", "Y", "AREA")]),
       geometry = list(type = "Polygon", coordinates = rings))
})
geo <- list(type = "FeatureCollection", features = features)
writeLines(toJSON(geo, digits = I(17), auto_unbox = TRUE, pretty = FALSE), file.path(out, "columbus.geojson"))
col <- st_read(file.path(out, "columbus.geojson"), quiet = TRUE)
stopifnot(nrow(col) == 49)

queen <- poly2nb(col, queen = TRUE)
rook <- poly2nb(col, queen = FALSE)
stopifnot(isTRUE(all.equal(queen, poly2nb(shp, queen = TRUE), check.attributes = FALSE)))
lw <- nb2listw(queen, style = "W")
crime <- col$CRIME
mi <- moran(crime, lw, length(queen), Szero(lw))
stopifnot(abs(mi$I - 0.500188557) < 1e-9)
mt <- moran.test(crime, lw, randomisation = TRUE)
mtn <- moran.test(crime, lw, randomisation = FALSE)
moran_ref <- function(x) {
  t <- moran.test(x, lw, randomisation = TRUE)
  list(I = unname(t$estimate[1]), expectedI = unname(t$estimate[2]), variance = unname(t$estimate[3]),
       z = unname(t$statistic))
}
coords <- st_coordinates(st_centroid(st_geometry(col)))
knn4 <- knn2nb(knearneigh(coords, k = 4))
col_ref <- list(
  versions = versions,
  n = nrow(col),
  queen = nb0(queen),
  rook = nb0(rook),
  knn4 = nb0(knn4),
  centroids = unname(lapply(seq_len(nrow(coords)), function(i) as.numeric(coords[i, ]))),
  moran = list(CRIME = moran_ref(col$CRIME), HOVAL = moran_ref(col$HOVAL), INC = moran_ref(col$INC)),
  moranRookCRIME = {
    t <- moran.test(crime, nb2listw(rook, style = "W"), randomisation = TRUE)
    list(I = unname(t$estimate[1]), variance = unname(t$estimate[3]), z = unname(t$statistic))
  },
  # Distance band 0.5 on the centroids leaves 4 islands: spdep drops them from n (adjust.n = TRUE).
  dband05 = {
    nb <- dnearneigh(coords, 0, 0.5)
    lwd <- nb2listw(nb, style = "W", zero.policy = TRUE)
    t <- moran.test(crime, lwd, randomisation = TRUE, zero.policy = TRUE)
    list(neighbours = nb0(nb), islands = which(card(nb) == 0L) - 1L,
         I = unname(t$estimate[1]), expectedI = unname(t$estimate[2]), variance = unname(t$estimate[3]),
         z = unname(t$statistic),
         Ii = unname(localmoran(crime, lwd, zero.policy = TRUE)[, "Ii"]))
  },
  localmoran = list(CRIME = unname(localmoran(col$CRIME, lw)[, "Ii"]),
                    HOVAL = unname(localmoran(col$HOVAL, lw)[, "Ii"]),
                    INC = unname(localmoran(col$INC, lw)[, "Ii"]))
)
write_ref(col_ref, "columbus-spdep.json")

## 2. classInt breaks and class membership
set.seed(20240501)
random500 <- round(rlnorm(500, meanlog = 3, sdlog = 0.6), 6)
set.seed(7)
ties200 <- sample(c(1, 2, 2, 3, 5, 8, 8, 8, 13, 21), 200, replace = TRUE)
vectors <- list(CRIME = col$CRIME, HOVAL = col$HOVAL, random500 = random500, ties200 = ties200)
cases <- list()
for (name in names(vectors)) {
  x <- vectors[[name]]
  for (style in c("jenks", "fisher", "quantile", "equal")) {
    for (k in c(3, 5, 7)) {
      ci <- suppressWarnings(classIntervals(x, n = k, style = style))
      cases[[length(cases) + 1]] <- list(vector = name, style = style, k = k, style_used = attr(ci, "style"),
                                         brks = unname(ci$brks), cols = as.integer(findCols(ci)) - 1L)
    }
  }
  box <- classIntervals(x, style = "box")
  cases[[length(cases) + 1]] <- list(vector = name, style = "box", k = 6, style_used = "box",
                                     brks = unname(box$brks), cols = as.integer(findCols(box)) - 1L)
}
write_ref(list(versions = versions, vectors = vectors, cases = cases), "classint.json")

## 3. Empirical Bayes: spData auckland (infant deaths 1977–85, population under 5 in 1981)
ak <- st_read(system.file("shapes/auckland.shp", package = "spData"), quiet = TRUE)
ak_nb <- poly2nb(ak)
cases_ak <- ak$M77_85
pop_ak <- 9 * ak$Und5_81
eb <- EBest(cases_ak, pop_ak)
ebl <- EBlocal(cases_ak, pop_ak, ak_nb)
eblg <- EBlocal(cases_ak, pop_ak, ak_nb, geoda = TRUE)
write_ref(list(
  versions = versions,
  source = "spData auckland (Marshall 1991): M77_85 infant deaths 1977-85, population = 9 * Und5_81",
  cases = cases_ak, population = pop_ak, neighbours = nb0(ak_nb),
  EBest = list(raw = eb$raw, estmm = eb$estmm, a = attr(eb, "parameters")$a, b = attr(eb, "parameters")$b),
  EBlocal = list(raw = ebl$raw, est = ebl$est, a = attr(ebl, "parameters")$a, m = attr(ebl, "parameters")$m),
  EBlocalGeoda = list(est = eblg$est)
), "auckland-eb.json")

## 4. Interval estimates and multiple testing
props_cases <- list(c(0, 10), c(1, 10), c(5, 10), c(10, 10), c(37, 250), c(1234, 56789), c(3, 7))
wilson <- lapply(props_cases, function(p) {
  ci <- prop.test(p[1], p[2], correct = FALSE)$conf.int
  list(x = p[1], n = p[2], lower = ci[1], upper = ci[2])
})
pois_cases <- list(c(0, 1), c(1, 1), c(5, 1000), c(37, 2500), c(1234, 1e5), c(2, 0.5), c(100, 1))
poisson <- lapply(pois_cases, function(p) {
  ci <- poisson.test(p[1], p[2])$conf.int
  ci90 <- poisson.test(p[1], p[2], conf.level = 0.9)$conf.int
  list(x = p[1], exposure = p[2], lower = ci[1], upper = ci[2], lower90 = ci90[1], upper90 = ci90[2])
})
set.seed(3)
pvals <- round(c(runif(30)^3, 0.05, 0.05, 0.001, 1), 6)
write_ref(list(versions = versions, wilson = wilson, poisson = poisson,
               bh = list(p = pvals, adjusted = p.adjust(pvals, method = "BH"))), "intervals.json")
cat("Moran's I (CRIME, queen, W):", format(mi$I, digits = 12), "\n")
