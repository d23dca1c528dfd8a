#!/usr/bin/env python3
"""Writes store-rules.tsv: for every hts-specs failed/ file, whether its fault breaks a rule the Genobay variant store
relies on to store genotypes correctly (relies=yes: the store must reject it with the exception named in the table,
VcfFormatException naming the file and, when the fault is on one line, that line; or DuplicateSampleException for a
sample named twice in the #CHROM line), or a rule about something the store does not read (relies=no).

The judgement is in the table R and in classify() below, written after reading every file; the line numbers are found
in the files. Run from this folder: python3 make-store-rules.py . > store-rules.tsv
"""
import csv, re, sys, os
os.chdir(sys.argv[1])
rows = list(csv.DictReader(open("EXPECTATIONS.tsv"), delimiter="\t"))

def lines(f):
    return open(f, "rb").read().decode("utf-8", "replace").split("\n")

def first_data(f):
    for i, l in enumerate(lines(f), 1):
        if l and not l.startswith("#"):
            return i
    raise ValueError(f)

def chrom_line(f):
    for i, l in enumerate(lines(f), 1):
        if l.startswith("#CHROM"):
            return i
    raise ValueError(f)

def header_line(prefix):
    def find(f):
        for i, l in enumerate(lines(f), 1):
            if l.startswith(prefix):
                return i
        raise ValueError(f + " " + prefix)
    return find

def stray_header_line(f):
    # first line before #CHROM that does not start with '#'
    for i, l in enumerate(lines(f), 1):
        if l.startswith("#CHROM"):
            break
        if not l.startswith("#"):
            return i
    raise ValueError(f)

def line1(f):
    return 1

def none(f):
    return 0

Y, N = "yes", "no"
UNSORTED = ("the store does not rely on sorted input: a contig that comes back or a position that goes back starts a new"
            " run of that contig, and the runs are merged by position, so the file is stored as its sorted copy")
VALID_NAME = ("matches the VCF 4.3 contig-name regex, which allows a non-initial '*' (GRCh38's 'HLA-A*01:01:01:01');"
              " samtools/hts-specs#701 lists this file as one to move to passed/; the store accepts it")
# cause -> (relies, reason, line finder)
R = {
 "ALT has a non-valid base": (Y, "ALT 'R' is not an allele (bases ACGTN, '*', '.', <ID> or breakend): the store keys variants by ALT", first_data),
 "ALT has a whitespace": (Y, "ALT 'A T' is not an allele: the store keys variants by ALT", first_data),
 "ALT makes a non-valid use of a comma": (Y, "ALT 'A,,T' has an empty allele, so GT allele indices no longer map to ALTs", first_data),
 "Symbolic ALT allele has angle brackets itself": (Y, "symbolic ALT '<INS>BLAH>' is malformed", first_data),
 "Breakend without bases at either side": (Y, "breakend ALT '[1:100[' has no base on either side, so it is malformed", first_data),
 "contig ID contains an angle bracket": (Y, "CHROM '<1' has an unbalanced '<' (angle-bracketed names such as '<2>' pass): contig names key variants and regions", first_data),
 "contig ID contains a colon": (N, "CHROM 'chr:1' is a valid contig name: hts-specs relaxed the ban on colons for all VCF versions (PR 379), GRCh38 needs it ('HLA-A*01:01:01:01'), and samtools/hts-specs#701 lists this file as one to move to passed/; the store accepts it", none),
 "contig ID contains a whitespace": (Y, "CHROM 'chr 1' has a space: not a contig name", first_data),
 "contig ID contains a comma": (Y, "CHROM 'chr,1' has a comma: not a contig name", first_data),
 "non-contiguous chromosome 1": (N, UNSORTED, none),
 "non-contiguous chromosome 2": (N, UNSORTED, none),
 "non-sorted vcf": (N, UNSORTED, none),
 "duplicated variant": (N, "two identical records with identical genotypes: the store must accept duplicate keys anyway (passed_symbolic_duplicates.vcf repeats '1 123 C <INS>'), and equal genotypes give nothing to conflict", none),
 "triplicated variant": (N, "the records are the same variant only after normalisation against the reference; as written their POS/REF/ALT differ, and the store keys them as written (like bcftools norm -m- without -f)", none),
 "duplicated variant due to multiallelic": (N, "AT>AA and T>A at 124 are equal only after trimming, which neither the store nor bcftools norm -m- does: distinct keys", none),
 "duplicated variant due to different context": (N, "TAT>TGT and A>G at 124 are equal only after trimming, which neither the store nor bcftools norm -m- does: distinct keys", none),
 "FORMAT first field is not GT": (Y, "FORMAT 'GS:GT:GL' has GT but not first: the store reads GT as the first sub-field", first_data),
 "FORMAT predefined tag GT has missing alleles": (Y, "GT '0/|1' has two separators and an empty allele: not a genotype", first_data),
 "Sample genotype contains illegal values": (Y, "GT '1/C' has an allele that is not an index", first_data),
 "Sample allele is out of range": (Y, "GT '0/3' names ALT 3 of a record with two ALTs", first_data),
 "Sample first field is not a valid genotype": (Y, "GT '0.000' is not a genotype", first_data),
 "Sample names are not unique": (Y, "sample HG00096 appears three times in the #CHROM line: genotypes would go to the wrong sample", chrom_line),
 "Position is not a positive number": (Y, "POS is not a positive integer ('.', '123abc' or '-1')", first_data),
 "REF has multiple alleles": (Y, "REF 'C,A' is two alleles: the store keys variants by REF", first_data),
 "REF has a non-valid base": (Y, "REF 'B' is not made of bases ACGTN: the store keys variants by REF", first_data),
 "Missing REF allele": (Y, "REF '.' is missing: the store keys variants by REF", first_data),
 "ID has a whitespace": (Y, "ID 'rs1807 id34498' has a space: the store keeps IDs and finds variants by them", first_data),
 "ID begins with a semi-colon": (Y, "ID ';rs180734498' has an empty ID before the ';': the store keeps IDs and finds variants by them", first_data),
 "ID ends with a semi-colon": (Y, "ID 'rs180734498;' has an empty ID after the ';': the store keeps IDs and finds variants by them", first_data),
 "ID contains duplicate values in a single line": (N, "each ID is well formed; naming the same ID twice finds the same variant", none),
 "INFO END is a negative number": (Y, "END=-1 is before POS: END is the variant's extent for region queries", first_data),
 "INFO END is a floating point number": (Y, "END=1.150 is not an integer: END is the variant's extent for region queries", first_data),
 "INFO END is not a number": (Y, "END=END1 is not an integer: END is the variant's extent for region queries", first_data),
 "INFO END Number is not 1": (Y, "the record's END=2 is before its POS 123 (the ##INFO line also declares END with Number=A): END is the variant's extent for region queries", first_data),
 "INFO END Type is not Integer": (Y, "the record's END=X is not an integer (the ##INFO line also declares END as a String): END is the variant's extent for region queries", first_data),
 "Empty fileformat": (Y, "the first line '##fileformat=' names no VCF version", line1),
 "Whitespace in fileformat": (Y, "the first line '##fileformat=VCF v4.x' names no VCF version", line1),
 "Description contains a linebreak": (Y, "a line break inside a ##ALT line leaves a header line that does not start with '#' before #CHROM: the file structure is broken", stray_header_line),
 "Unstructured meta entry": (Y, "a header line that does not start with '#' before #CHROM: the file structure is broken", stray_header_line),
 "Non-valid meta entry key": (Y, "header line '30NFO=...' does not start with '##' before #CHROM: the file structure is broken", stray_header_line),
 "contig ID missing": (Y, "##contig line without ID: the parser reads contig names and order from ##contig", header_line("##contig")),
 "contig ID contains illegal character": (N, "contig name with a non-initial '*' ('chr*1' / '1.*'): " + VALID_NAME, None),  # body or meta, set below
 "FORMAT GT Number is not 1": (Y, "##FORMAT GT declared with Number=G: GT must be Number=1, Type=String for the store to read genotypes (rejected even though this file has no samples)", header_line("##FORMAT=<ID=GT")),
 "FORMAT GT Type is not String": (Y, "##FORMAT GT declared with Type=Float: GT must be Number=1, Type=String for the store to read genotypes (rejected even though this file has no samples)", header_line("##FORMAT=<ID=GT")),
 "Sample contains more fields than the FORMAT column": (N, "the sample has a fourth sub-field for a three-key FORMAT; GT, the first sub-field, is a valid '0/1'", none),
 "no newline at end of file": (N, "the last line is complete (all columns, valid GT) but lacks its newline; what the store reads does not change, and a line cut short is caught by the column and GT rules", none),
 "FORMAT regex failure": (N, "a FORMAT key 'G%3AS' on line 8 that is not GT; the store reads only GT (line 5's FORMAT without GT is allowed)", none),
}
for c in ["contig ID contains a comma", "contig ID contains a whitespace"]:
    pass  # shared between body_chrom and meta_contig: handled per file below

def offending_header_key(f):
    for l in lines(f):
        if l.startswith("##") and not l.startswith(("##fileformat", "##CauseOfFailure")):
            return l[2:].split("=", 1)[0]
    raise ValueError(f)

def not_read(what):
    return (N, what, none)

def classify(path, cause):
    name = os.path.basename(path)
    if name == "failed_empty.vcf":
        return (Y, "the file holds only an empty line: no ##fileformat, no #CHROM line", 0)
    if name == "failed_empty_sample.vcf":
        return (Y, "the file is empty (0 bytes): no ##fileformat, no #CHROM line", 0)
    if name.startswith("failed_header_000"):
        return (Y, "the #CHROM line names its second column POSITION, not POS", chrom_line(path))
    if name.startswith("failed_header_001"):
        return (N, "a FORMAT column with no sample column after it and no data line: the store reads zero samples and nothing it stores changes", 0)
    if name.startswith("failed_meta_contig"):
        rule = {"contig ID missing": "##contig line without ID",
                "contig ID contains a whitespace": "##contig ID '1 A' has a space",
                "contig ID contains a comma": "##contig ID '1,A' has a comma (the line no longer parses as key=value pairs)"}.get(cause)
        if rule is None:  # contig ID contains illegal character
            return (N, "##contig ID '1.*' " + VALID_NAME, 0)
        return (Y, rule + ": the parser reads contig names and order from ##contig", header_line("##contig")(path))
    if name.startswith("failed_body_chrom") and cause in ("contig ID contains illegal character",):
        return (N, "CHROM 'chr*1' " + VALID_NAME, 0)
    if cause in R:
        relies, reason, finder = R[cause]
        return (relies, reason, finder(path))
    # everything else: a field or header line the store does not read
    if name.startswith("failed_body_filter"):
        return (N, "FILTER is not read by the store", 0)
    if name.startswith("failed_body_qual"):
        return (N, "QUAL is not read by the store", 0)
    if name.startswith("failed_body_info") or name.startswith("failed_body_info_integer"):
        return (N, "an INFO value other than END is malformed or does not match its declaration; the store reads only END from INFO", 0)
    if name.startswith("failed_body_format"):
        return (N, "a FORMAT key other than GT is malformed; GT is first and well formed, and the store reads only GT", 0)
    if name.startswith("failed_body_samples_ploidy"):
        return (N, "the number of PL values does not fit GT's ploidy and the ALT count; the store does not read PL", 0)
    if name.startswith("failed_body_sample"):
        return (N, "a FORMAT value other than GT does not match its declaration; the store reads only GT, which is valid", 0)
    if name.startswith("failed_body_samples_ploidy"):
        return (N, "the number of PL values does not fit GT's ploidy; the store does not read PL", 0)
    if name.startswith("failed_meta"):
        key = offending_header_key(path)
        if key == "FORMAT":
            return (N, "a ##FORMAT line for a key other than GT is malformed (" + cause + "); the store reads ##FORMAT only for GT", 0)
        if key == "INFO":
            return (N, "a ##INFO line is malformed (" + cause + "); the store does not read INFO declarations (it checks END on the records)", 0)
        if key == "ALT":
            return (N, "a ##ALT line is malformed (" + cause + "); the store does not read ##ALT (symbolic alleles are checked in the ALT column)", 0)
        if "=" not in key and " " in key:
            return (N, "'##" + key + "' is not key=value (" + cause + "); it starts with '##', so the structure holds, and the store does not read such lines", 0)
        return (N, "a ##" + key + " line is malformed (" + cause + "); the store does not read ##" + key + " lines", 0)
    raise ValueError(path + " " + cause)

out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
out.writerow(["file", "cause_of_failure", "relies", "line", "exception", "reason"])
for r in rows:
    if r["expected"] != "fail":
        continue
    path = r["file"].replace("test/vcf/", "")
    relies, reason, line = classify(path, r["cause_of_failure_from_file"].strip())
    cause = r["cause_of_failure_from_file"].strip() or "(none in the file)"
    # the public API has its own exception for a sample named twice in a header; every other fault is a VcfFormatException
    exception = "-" if relies == N else ("DuplicateSampleException" if cause == "Sample names are not unique" else "VcfFormatException")
    out.writerow([path, cause, relies, line, exception, reason])
