-- wrk script for run-beacon-load.sh: cycles through Beacon v2 g_variants queries on the demo's 1000 Genomes chr22
-- dataset (GRCh37): sequence queries (0-based start) of real variants, a range and a gene, asking for counts.
local paths = {
  "/api/beacon/g_variants?referenceName=22&start=16050074&referenceBases=A&alternateBases=G&requestedGranularity=count",
  "/api/beacon/g_variants?referenceName=22&start=16050114&referenceBases=G&alternateBases=A&requestedGranularity=count",
  "/api/beacon/g_variants?referenceName=22&start=16050212&referenceBases=C&alternateBases=T&requestedGranularity=count",
  "/api/beacon/g_variants?referenceName=22&start=16050074&end=16060000&requestedGranularity=count",
  "/api/beacon/g_variants?geneId=NBEAP3&requestedGranularity=count",
}
local i = 0

request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
