package org.genobay.cohorts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.genobay.biobank.Sex;
import org.genobay.biobank.SpecimenType;
import org.genobay.clinical.Terminologies;
import org.genobay.errors.InvalidInputException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Criteria as JSON, the form the API takes and the saved cohort keeps:
 *
 * <pre>{"all": [{"type": "diagnosis", "code": "I42"}, {"type": "sex", "sex": "FEMALE"}, …]}</pre>
 *
 * Reading checks every value against what the platform knows (ICD-10 codes, HPO terms, sexes, specimen types) and
 * names the bad one by its path, e.g. {@code all[1].term}. Genomic criteria are checked against the variant store
 * when they are evaluated.
 */
@Component
class CriteriaJson {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String POPULATION = "[A-Za-z0-9_-]{1,32}";
    private static final int MAX_CRITERIA = 20;

    private final Terminologies terminologies;

    CriteriaJson(Terminologies terminologies) {
        this.terminologies = terminologies;
    }

    Criteria read(String text) {
        try {
            return read(JSON.readTree(text == null ? "" : text));
        } catch (JacksonException e) {
            throw new InvalidInputException("criteria", "criteria are not valid JSON: " + e.getOriginalMessage());
        }
    }

    Criteria read(JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Criteria(List.of());
        }
        if (!root.isObject()) {
            throw new InvalidInputException("criteria", "criteria must be a JSON object {\"all\": [...]}");
        }
        for (String name : root.propertyNames()) {
            if (!name.equals("all")) {
                throw new InvalidInputException(name, "unknown field '" + name + "'; criteria have only \"all\"");
            }
        }
        JsonNode all = root.path("all");
        if (all.isMissingNode() || all.isNull()) {
            return new Criteria(List.of());
        }
        if (!all.isArray()) {
            throw new InvalidInputException("all", "all must be a list of criteria");
        }
        if (all.size() > MAX_CRITERIA) {
            throw new InvalidInputException("all", "at most " + MAX_CRITERIA + " criteria, not " + all.size());
        }
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            criteria.add(criterion(all.get(i), "all[" + i + "]"));
        }
        return new Criteria(criteria);
    }

    private Criterion criterion(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new InvalidInputException(path, path + " must be an object with a \"type\"");
        }
        String type = text(node, path, "type");
        Criterion criterion =
                switch (type) {
                    case "diagnosis" -> new Criterion.Diagnosis(terminologies
                            .icd10()
                            .require(path + ".code", text(node, path, "code"))
                            .id());
                    case "phenotype" -> new Criterion.Phenotype(terminologies
                            .hpo()
                            .require(path + ".term", text(node, path, "term"))
                            .id());
                    case "sex" -> new Criterion.SexIs(enumValue(Sex.class, node, path, "sex"));
                    case "age" -> age(node, path);
                    case "population" -> new Criterion.Population(population(node, path));
                    case "specimen" -> new Criterion.AvailableSpecimen(
                            enumValue(SpecimenType.class, node, path, "specimenType"));
                    case "variant" -> new Criterion.CarriesVariant(
                            dataset(node, path), text(node, path, "variant").strip());
                    case "rare-variant" -> new Criterion.CarriesRareVariant(
                            dataset(node, path), text(node, path, "region").strip(), maxAf(node, path));
                    default -> throw new InvalidInputException(
                            path + ".type",
                            path + ".type: unknown criterion type '" + type + "'; one of diagnosis, phenotype, sex,"
                                    + " age, population, specimen, variant, rare-variant");
                };
        Set<String> allowed = fields(criterion);
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new InvalidInputException(
                        path + "." + name, path + ": a " + type + " criterion has no field '" + name + "'");
            }
        }
        return criterion;
    }

    /** The JSON of criteria as read; {@link #read} gives them back. */
    String write(Criteria criteria) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Criterion c : criteria.all()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("type", c.type());
            if (c instanceof Criterion.Diagnosis d) {
                node.put("code", d.code());
            } else if (c instanceof Criterion.Phenotype p) {
                node.put("term", p.term());
            } else if (c instanceof Criterion.SexIs s) {
                node.put("sex", s.sex().name());
            } else if (c instanceof Criterion.AgeRange a) {
                a.min().ifPresent(v -> node.put("min", v));
                a.max().ifPresent(v -> node.put("max", v));
            } else if (c instanceof Criterion.Population p) {
                node.put("code", p.code());
            } else if (c instanceof Criterion.AvailableSpecimen s) {
                node.put("specimenType", s.specimenType().name());
            } else if (c instanceof Criterion.CarriesVariant v) {
                node.put("dataset", v.dataset());
                node.put("variant", v.variant());
            } else if (c instanceof Criterion.CarriesRareVariant r) {
                node.put("dataset", r.dataset());
                node.put("region", r.region());
                node.put("maxAf", r.maxAf());
            }
            all.add(node);
        }
        return JSON.writeValueAsString(Map.of("all", all));
    }

    private static Set<String> fields(Criterion criterion) {
        return FIELDS.get(criterion.type());
    }

    private static final Map<String, Set<String>> FIELDS = Map.of(
            "diagnosis", Set.of("type", "code"),
            "phenotype", Set.of("type", "term"),
            "sex", Set.of("type", "sex"),
            "age", Set.of("type", "min", "max"),
            "population", Set.of("type", "code"),
            "specimen", Set.of("type", "specimenType"),
            "variant", Set.of("type", "dataset", "variant"),
            "rare-variant", Set.of("type", "dataset", "region", "maxAf"));

    private static String text(JsonNode node, String path, String field) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.stringValue().isBlank()) {
            throw new InvalidInputException(path + "." + field, path + "." + field + " is required (text)");
        }
        return value.stringValue();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String path, String field) {
        String value = text(node, path, field);
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    path + "." + field,
                    path + "." + field + ": unknown value '" + value + "'; one of "
                            + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static Criterion.AgeRange age(JsonNode node, String path) {
        Optional<Integer> min = years(node, path, "min");
        Optional<Integer> max = years(node, path, "max");
        if (min.isEmpty() && max.isEmpty()) {
            throw new InvalidInputException(path, path + ": an age criterion needs min, max or both");
        }
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            throw new InvalidInputException(path + ".min", path + ": min " + min.get() + " is above max " + max.get());
        }
        return new Criterion.AgeRange(min, max);
    }

    private static Optional<Integer> years(JsonNode node, String path, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0 || value.intValue() > 150) {
            throw new InvalidInputException(
                    path + "." + field, path + "." + field + " must be whole years from 0 to 150, was " + value);
        }
        return Optional.of(value.intValue());
    }

    private static String population(JsonNode node, String path) {
        String code = text(node, path, "code").strip();
        if (!code.matches(POPULATION)) {
            throw new InvalidInputException(
                    path + ".code", path + ".code '" + code + "' is not a population code (letters, digits, _ -)");
        }
        return code.toUpperCase(Locale.ROOT);
    }

    private static long dataset(JsonNode node, String path) {
        JsonNode value = node.path("dataset");
        if (!value.isIntegralNumber() || value.longValue() < 1) {
            throw new InvalidInputException(
                    path + ".dataset", path + ".dataset is required: the id of a variant dataset");
        }
        return value.longValue();
    }

    private static double maxAf(JsonNode node, String path) {
        JsonNode value = node.path("maxAf");
        if (!value.isNumber() || !(value.doubleValue() > 0) || value.doubleValue() > 1) {
            throw new InvalidInputException(
                    path + ".maxAf", path + ".maxAf must be a number above 0 and at most 1, was " + value);
        }
        return value.doubleValue();
    }
}
