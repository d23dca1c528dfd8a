-- Match probability from haplotype frequencies (when a frequency file is configured): per result P(0) and P(<=1)
-- mismatches at the searched loci; per search what the probabilities were computed from, or why there are none.
alter table donor_search_result add column p_no_mismatch double precision;
alter table donor_search_result add column p_at_most_one double precision;
alter table donor_search add column probability_note varchar(1000);
