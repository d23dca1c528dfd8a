package org.genobay.cohorts;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The criteria form of the cohort page, one field per criterion (blank: not used), turned into the criteria JSON the
 * API takes, so that the page and the API share one reading and one set of error messages.
 */
record CohortForm(
        String diagnosis,
        String phenotype,
        String sex,
        String ageMin,
        String ageMax,
        String population,
        String specimenType,
        String variantDataset,
        String variant,
        String regionDataset,
        String region,
        String maxAf) {

    static CohortForm empty() {
        return new CohortForm(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    JsonNode criteria() {
        ObjectNode root = CriteriaJson.JSON.createObjectNode();
        ArrayNode all = root.putArray("all");
        given(diagnosis).ifPresent(v -> all.addObject().put("type", "diagnosis").put("code", v));
        given(phenotype).ifPresent(v -> all.addObject().put("type", "phenotype").put("term", v));
        given(sex).ifPresent(v -> all.addObject().put("type", "sex").put("sex", v));
        if (given(ageMin).isPresent() || given(ageMax).isPresent()) {
            ObjectNode age = all.addObject().put("type", "age");
            given(ageMin).ifPresent(v -> number(age, "min", v));
            given(ageMax).ifPresent(v -> number(age, "max", v));
        }
        given(population)
                .ifPresent(v -> all.addObject().put("type", "population").put("code", v));
        given(specimenType)
                .ifPresent(v -> all.addObject().put("type", "specimen").put("specimenType", v));
        if (given(variant).isPresent()) {
            ObjectNode node = all.addObject().put("type", "variant");
            given(variantDataset).ifPresent(v -> number(node, "dataset", v));
            node.put("variant", given(variant).get());
        }
        if (given(region).isPresent()) {
            ObjectNode node = all.addObject().put("type", "rare-variant");
            given(regionDataset).ifPresent(v -> number(node, "dataset", v));
            node.put("region", given(region).get());
            number(node, "maxAf", given(maxAf).orElse("0.01"));
        }
        return root;
    }

    /** A number where the text is one; otherwise the text, which the criteria reading then names as invalid. */
    private static void number(ObjectNode node, String field, String text) {
        try {
            if (text.matches("-?\\d+")) {
                node.put(field, Long.parseLong(text));
            } else {
                node.put(field, Double.parseDouble(text));
            }
        } catch (NumberFormatException e) {
            node.put(field, text);
        }
    }

    private static Optional<String> given(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
