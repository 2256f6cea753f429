package de.smartregion.answerfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.smartregion.model.Field;
import de.smartregion.model.Level;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Role;
import de.smartregion.model.Row;
import de.smartregion.text.JsonText;
import de.smartregion.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The JSON Schema of the answer files to one questionnaire, for editors: the generic answer-file schema with
 * {@code answers} made to know the questions. Each question id is a property (a misspelt one is flagged), with the
 * answers it takes (levels, option ids, yes/no, numbers, rows), n/a where the questionnaire allows it, and the
 * long form with target, note and evidence; the question's text, help and answers' labels, in the questionnaire's
 * first language, are what the editor shows on hover. It accepts what the loader accepts and no more where a
 * schema can say so; what needs more than one file (respondents, roles asked) stays with {@code validate}.
 */
public final class AnswerSchema {

    /** Jackson's core only: an ObjectMapper would load some 400 classes more into every init and import. */
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String GENERIC = "/schemas/assessment.schema.json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** How the loader reads yes and no from text: true/yes/on/y and false/no/off/n in any case. */
    private static final String YES_NO = "^(?:[tT][rR][uU][eE]|[yY](?:[eE][sS])?|[oO][nN]"
            + "|[fF][aA][lL][sS][eE]|[nN][oO]?|[oO][fF][fF])$";
    /** A text an editor with YAML 1.2 reads as a number when written without quotes (an option id 2). */
    private static final Pattern NUMBER_ID = Pattern.compile("0|[1-9][0-9]{0,14}");

    /**
     * The labels of an enum's values, in its order: no keyword of draft-07 but of the editors' JSON Schema dialect
     * (VS Code, yaml-language-server), which show them beside the values offered; validators pass over it.
     */
    static final String ENUM_DESCRIPTIONS = "enumDescriptions";
    /** The definitions of the questions' values: value-adm-eid. */
    private static final String VALUE = "value-";

    private final Questionnaire q;
    private final Messages messages;
    private final QuestionNotes notes;

    private AnswerSchema(Questionnaire q) {
        this.q = q;
        this.messages = Messages.of(q.defaultLanguage());
        this.notes = new QuestionNotes(q, messages, q.defaultLanguage());
    }

    /** The name a schema of {@code q} takes beside the answer files: smartregion-smart-region-2026.1.schema.json. */
    public static String fileName(Questionnaire q) {
        return "smartregion-" + q.id() + "-" + q.version().replaceAll("[^A-Za-z0-9._-]", "_") + ".schema.json";
    }

    /** The schema as the text smartregion writes JSON in: two-space indent, LF, a final line break. */
    public static String write(Questionnaire q) {
        return JsonText.of(of(q));
    }

    /** The schema as a tree: the generic one of the jar (schemas/assessment.schema.json) made to know {@code q}. */
    public static ObjectNode of(Questionnaire q) {
        try (InputStream in = AnswerSchema.class.getResourceAsStream(GENERIC);
             JsonParser parser = FACTORY.createParser(in)) {
            return new AnswerSchema(q).build((ObjectNode) JsonTree.read(parser, parser.nextToken()));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the generic answer-file schema is missing from the jar or no JSON", e);
        }
    }

    private ObjectNode build(ObjectNode generic) {
        ObjectNode s = generic.deepCopy();
        String ref = q.id() + "@" + q.version();
        s.put("$id", "https://smartregion.de/schemas/assessment/" + ref + ".schema.json");
        // the texts an editor shows, in the questionnaire's first language as the questions' own
        s.put("title", messages.get("schema.answers.title", notes.text(q.title()), ref));
        s.put("description", messages.get("schema.answers.description", ref, q.id()));
        ObjectNode properties = (ObjectNode) s.get("properties");
        ObjectNode questionnaire = (ObjectNode) properties.get("questionnaire");
        questionnaire.remove("pattern");
        questionnaire.remove("type");
        questionnaire.set("enum", NODES.arrayNode().add(ref).add(q.id()));
        questionnaire.set("examples", NODES.arrayNode().add(ref));
        ObjectNode definitions = (ObjectNode) s.get("definitions");
        properties.set("answers", answers((ObjectNode) properties.get("answers"), definitions));
        if (!q.roles().isEmpty()) {
            ObjectNode respondent = (ObjectNode) definitions.get("respondent").get("properties");
            respondent.set("role", role((ObjectNode) respondent.get("role")));
        }
        // comments, not descriptions: an editor would show a description on hover instead of the question's text
        ObjectNode unanswered = object()
                .put("$comment", "Not answered (yet): empty. Missing answers lower the coverage.");
        unanswered.putArray("type").add("null").add("string");
        definitions.set("unanswered", unanswered.put("pattern", "^\\s*$"));
        ObjectNode orNa = object().put("$comment", "Not answered (yet), or n/a where the question allows it.");
        orNa.putArray("type").add("null").add("string");
        definitions.set("unansweredOrNotApplicable", orNa.put("pattern", "^\\s*(?:[nN]/[aA])?\\s*$"));
        definitions.set("notApplicable", object()
                .put("$comment", "n/a: the question does not apply; it leaves the scores and the coverage.")
                .put("type", "string")
                .put("pattern", "^\\s*[nN]/[aA]\\s*$"));
        return s;
    }

    /**
     * The role by id (offered for completion, with its label) or by a label in any language and case, as the loader
     * takes it; one of the two, so that an editor explains a wrong role by the ids.
     */
    private ObjectNode role(ObjectNode generic) {
        List<String> names = new ArrayList<>();
        ArrayNode ids = NODES.arrayNode();
        ArrayNode labels = NODES.arrayNode();
        for (Role r : q.roles()) {
            ids.add(r.id());
            labels.add(notes.text(r.label()));
            names.add(r.id());
            names.addAll(r.label().byLanguage().values());
        }
        ObjectNode role = object().put("description", generic.path("description").asText());
        ArrayNode oneOf = role.putArray("oneOf");
        ObjectNode byId = object().put("type", "string");
        byId.set("enum", ids);
        byId.set(ENUM_DESCRIPTIONS, labels);
        oneOf.add(byId);
        ObjectNode byLabel = object().put("type", "string").put("pattern", anyCase(names));
        byLabel.putObject("not").set("enum", ids.deepCopy());
        oneOf.add(byLabel);
        return role;
    }

    private ObjectNode answers(ObjectNode generic, ObjectNode definitions) {
        ObjectNode answers = object()
                .put("description", generic.path("description").asText()
                        + " The questions are those of " + q.id() + "@" + q.version() + ", each with its answers.");
        answers.set("type", generic.get("type").deepCopy());
        answers.put("pattern", generic.path("pattern").asText());
        ObjectNode properties = answers.putObject("properties");
        for (Field field : q.fields()) {
            for (Question question : field.questions()) {
                definitions.set(VALUE + question.id(), value(question)
                        .put("$comment", "An answer to " + question.id() + " as the value itself."));
                properties.set(question.id(), question(field, question));
            }
        }
        answers.put("additionalProperties", false);
        return answers;
    }

    /**
     * The answer to one question: the value itself, the long form, or nothing yet (or n/a), in that order, so that an
     * editor explains a wrong value by what the question takes rather than by the empty answer. One of them, not any:
     * yaml-language-server shows the texts of every alternative of an anyOf on hover, joined by "||". The
     * alternatives carry no title or description of their own for the same reason: the editor would show theirs.
     */
    private ObjectNode question(Field field, Question question) {
        QuestionNotes.Notes n = notes.of(question);
        ObjectNode schema = object()
                .put("title", notes.text(field.title()) + " · " + question.id())
                .put("description", description(n));
        ArrayNode oneOf = schema.putArray("oneOf");
        oneOf.add(ref(VALUE + question.id()));
        oneOf.add(longForm(question));
        oneOf.add(ref(question.basics().naAllowed() ? "unansweredOrNotApplicable" : "unanswered"));
        return schema;
    }

    /** The hover text: the question, its help, the answers allowed with their labels, n/a, whom it applies to. */
    private static String description(QuestionNotes.Notes n) {
        List<String> parts = new ArrayList<>();
        parts.add(n.text());
        if (n.help() != null) {
            parts.add(n.help());
        }
        parts.add(String.join("\n", n.allowed()));
        parts.addAll(n.more());
        return String.join("\n\n", parts);
    }

    /** The answer itself, in the short form and as the long form's value and target. */
    private ObjectNode value(Question question) {
        return question.accept(new Question.Cases<ObjectNode>() {
            @Override
            public ObjectNode scale(Question.Scale s) {
                ObjectNode levels = object().put("type", "number");
                ArrayNode values = levels.putArray("enum");
                ArrayNode labels = levels.putArray(ENUM_DESCRIPTIONS);
                for (Level level : s.levels()) {
                    values.add(levelValue(level.value()));
                    labels.add(notes.text(level.label()));
                }
                return levels;
            }

            @Override
            public ObjectNode choice(Question.Choice c) {
                return options(c.options());
            }

            @Override
            public ObjectNode bool(Question.Bool b) {
                // yes or no offered; true, on, Y and the other spellings the loader reads taken as well
                ObjectNode yesNo = object();
                ArrayNode oneOf = yesNo.putArray("oneOf");
                ObjectNode words = object().put("type", "string");
                words.putArray("enum").add("yes").add("no");
                words.putArray(ENUM_DESCRIPTIONS).add(messages.get("workbook.yes")).add(messages.get("workbook.no"));
                oneOf.add(words);
                oneOf.add(object().put("type", "boolean"));
                ObjectNode spellings = object().put("type", "string").put("pattern", YES_NO);
                spellings.putObject("not").putArray("enum").add("yes").add("no");
                oneOf.add(spellings);
                return yesNo;
            }

            @Override
            public ObjectNode multi(Question.Multi m) {
                return selection(m.options());
            }

            @Override
            public ObjectNode number(Question.Number n) {
                ObjectNode number = object().put("type", "number");
                if ("%".equals(n.unit())) {
                    number.put("minimum", 0).put("maximum", 100);
                }
                return number;
            }

            @Override
            public ObjectNode matrix(Question.Matrix x) {
                ObjectNode rows = object().put("type", "object");
                ObjectNode properties = rows.putObject("properties");
                for (Row row : x.rows()) {
                    // an empty row is unanswered
                    ObjectNode answer = x.many() ? selection(x.options()) : options(x.options());
                    ((ArrayNode) answer.get("type")).insert(0, "null");
                    if (!x.many()) {
                        ((ArrayNode) answer.get("enum")).insert(0, NODES.nullNode());
                        ((ArrayNode) answer.get(ENUM_DESCRIPTIONS)).insert(0, "");
                    }
                    properties.set(row.id(), answer.put("description", notes.text(row.label())));
                }
                rows.put("additionalProperties", false);
                return rows;
            }
        });
    }

    /**
     * One option id. An id that YAML 1.2 reads as a number or a boolean ({@code 2}, {@code true}) is taken written
     * either way, as the loader takes it.
     */
    private ObjectNode options(List<Option> options) {
        ObjectNode schema = object();
        Set<String> types = new LinkedHashSet<>(List.of("string"));
        ArrayNode ids = NODES.arrayNode();
        ArrayNode labels = NODES.arrayNode();
        for (Option o : options) {
            ids.add(o.id());
            labels.add(notes.text(o.label()));
            if (NUMBER_ID.matcher(o.id()).matches()) {
                ids.add(Long.parseLong(o.id()));
                labels.add(notes.text(o.label()));
                types.add("integer");
            } else if (o.id().equals("true") || o.id().equals("false")) {
                ids.add(Boolean.parseBoolean(o.id()));
                labels.add(notes.text(o.label()));
                types.add("boolean");
            }
        }
        ArrayNode type = schema.putArray("type");
        types.forEach(type::add);
        schema.set("enum", ids);
        schema.set(ENUM_DESCRIPTIONS, labels);
        return schema;
    }

    /** A list of option ids, each at most once, an exclusive one ("none of these") only on its own. */
    private ObjectNode selection(List<Option> options) {
        ObjectNode list = object().put("uniqueItems", true);
        list.putArray("type").add("array");
        list.set("items", options(options));
        ArrayNode exclusive = NODES.arrayNode();
        for (Option o : options) {
            if (o.exclusive()) {
                ObjectNode rule = object();
                rule.putObject("if").set("contains", options(List.of(o)));
                rule.putObject("then").put("maxItems", 1);
                exclusive.add(rule);
            }
        }
        if (!exclusive.isEmpty()) {
            list.set("allOf", exclusive);
        }
        return list;
    }

    /** {value, target, note, evidence}: value required, target not beside n/a. */
    private ObjectNode longForm(Question question) {
        ObjectNode form = object().put("type", "object");
        ObjectNode properties = form.putObject("properties");
        boolean na = question.basics().naAllowed();
        ObjectNode v = properties.putObject("value")
                .put("description", messages.get(na ? "schema.answer.value-or-na" : "schema.answer.value"));
        if (na) {
            v.putArray("oneOf").add(ref(VALUE + question.id())).add(ref("notApplicable"));
        } else {
            v.putArray("allOf").add(ref(VALUE + question.id()));
        }
        properties.putObject("target")
                .put("description", messages.get("schema.answer.target"))
                .putArray("allOf").add(ref(VALUE + question.id()));
        properties.putObject("note").put("description", messages.get("schema.answer.note"))
                .putArray("allOf").add(ref("scalar"));
        properties.putObject("evidence")
                .put("description", messages.get("schema.answer.evidence"))
                .putArray("allOf").add(ref("scalar"));
        form.put("additionalProperties", false);
        form.putArray("required").add("value");
        if (na) {
            ObjectNode notApplicable = object();
            notApplicable.putArray("required").add("value");
            notApplicable.putObject("properties").set("value", ref("notApplicable"));
            form.set("if", notApplicable);
            form.putObject("then").putObject("not").putArray("required").add("target");
        }
        return form;
    }

    /** A level value as JSON writes it: 2, not 2.0. */
    private static JsonNode levelValue(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? NODES.numberNode((long) value)
                : NODES.numberNode(value);
    }

    /** A pattern that matches each of {@code names} in any case and with any spaces around, as role names match. */
    private static String anyCase(List<String> names) {
        Set<String> alternatives = new LinkedHashSet<>();
        for (String name : names) {
            StringBuilder p = new StringBuilder();
            for (char ch : name.strip().replaceAll("\\s+", " ").toCharArray()) {
                char lower = Character.toLowerCase(ch);
                char upper = Character.toUpperCase(ch);
                if (ch == ' ') {
                    p.append("\\s+");
                } else if (lower != upper) {
                    p.append('[').append(lower).append(upper).append(']');
                } else if (Character.isLetterOrDigit(ch)) {
                    p.append(ch);
                } else {
                    p.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch));
                }
            }
            alternatives.add(p.toString());
        }
        return "^\\s*(?:" + String.join("|", alternatives) + ")\\s*$";
    }

    private static ObjectNode ref(String definition) {
        return object().put("$ref", "#/definitions/" + definition);
    }

    private static ObjectNode object() {
        return NODES.objectNode();
    }
}
