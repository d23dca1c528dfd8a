/**
 * Speed of HLA match probability: one patient against a registry's top candidates, with the WMDA validation data
 * (Bochtler et al. 2016, CC BY-NC-ND 4.0, read from {@code ../shared/data/hla/wmda-mvt}, never copied).
 */
package org.genobay.bench.probability;
