package de.smartregion.answerfile;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import de.smartregion.model.Answer;
import de.smartregion.model.AnswerValue;
import de.smartregion.model.Blank;
import de.smartregion.model.Municipality;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes an answer file (kind: assessment) through Jackson's YAML generator, so that whatever a survey cell or a
 * workbook holds (line breaks, quotes, a text that YAML would read as a number or a boolean) is quoted or escaped by
 * the emitter that YAML's own rules are written into, not by string building here. The same answers, the same bytes.
 * An answer with a target, a note or evidence is written in the long form.
 */
public final class AnswerFileWriter {

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // "09162000" and "2026" are texts: quoted, or a YAML 1.2 editor reads them as numbers
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private AnswerFileWriter() {
    }

    /**
     * @param language the language tag of the file's own words (notes, evidence), as the loader accepts it; null for
     *     no {@code language:} line, which means the questionnaire's first language
     * @param comment a first comment line, such as where the answers came from; null for none
     * @param schema the JSON Schema that editors check the file with, as the first lines name it (a path relative to
     *     the file, or a URL); null for none
     */
    public static String write(Questionnaire q, Municipality m, String period, Respondent respondent,
                               String language, Map<String, Answer> answers, String comment, String schema) {
        StringWriter out = new StringWriter();
        // comments are no part of YAML's data model, so no generator writes them: they stand before the document
        out.write(schemaLines(schema));
        if (comment != null) {
            out.write("# " + comment.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ") + "\n");
        }
        try (YAMLGenerator y = FACTORY.createGenerator(out)) {
            y.writeStartObject();
            y.writeStringField("kind", "assessment");
            y.writeStringField("questionnaire", q.id() + "@" + q.version());
            y.writeObjectFieldStart("municipality");
            y.writeStringField("id", m.id());
            // a name that shows nothing (a survey cell of spaces) is left out: the loader would refuse it, and
            // without it reports show the id
            if (m.name() != null && !Blank.blank(m.name())) {
                y.writeStringField("name", m.name());
            }
            if (m.state() != null) {
                y.writeStringField("state", m.state());
            }
            if (m.type() != null) {
                y.writeStringField("type", m.type());
            }
            if (m.population() != null) {
                y.writeFieldName("population");
                y.writeNumber(m.population());
            }
            y.writeEndObject();
            y.writeStringField("period", period);
            if (respondent != null && (respondent.role() != null || respondent.name() != null)) {
                y.writeObjectFieldStart("respondent");
                if (respondent.role() != null) {
                    y.writeStringField("role", respondent.role());
                }
                if (respondent.name() != null) {
                    y.writeStringField("name", respondent.name());
                }
                y.writeEndObject();
            }
            // where init writes it: after the respondent, before the answers
            if (language != null) {
                y.writeStringField("language", language);
            }
            y.writeObjectFieldStart("answers");
            for (Question question : q.questions()) {
                Answer a = answers.get(question.id());
                if (a != null) {
                    y.writeFieldName(question.id());
                    answer(y, a);
                }
            }
            y.writeEndObject();
            y.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing YAML to a string", e);
        }
        return out.toString();
    }

    /**
     * The comment lines that name the schema of an answer file for editors: the modeline of yaml-language-server (VS
     * Code, and every editor built on it) and the {@code $schema} comment of JetBrains' IDEs; none for null.
     */
    public static String schemaLines(String schema) {
        return schema == null ? "" : "# yaml-language-server: $schema=" + schema + "\n# $schema: " + schema + "\n";
    }

    /** Whether a line of an answer file is one of {@link #schemaLines}. */
    public static boolean isSchemaLine(String line) {
        return line.startsWith("# yaml-language-server: $schema=") || line.startsWith("# $schema: ");
    }

    /**
     * One text as the emitter writes it in a block mapping, plain or quoted: for the lines of the skeleton that
     * stand between comments, which no generator writes.
     */
    static String scalar(String text) {
        StringWriter out = new StringWriter();
        try (YAMLGenerator y = FACTORY.createGenerator(out)) {
            y.writeStartObject();
            y.writeStringField("k", text);
            y.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing YAML to a string", e);
        }
        String line = out.toString();
        if (!line.startsWith("k: ") || line.indexOf('\n') != line.length() - 1) {
            throw new IllegalArgumentException("not a one-line scalar: " + text);
        }
        return line.substring(3, line.length() - 1);
    }

    private static void answer(YAMLGenerator y, Answer a) throws IOException {
        if (a instanceof Answer.NotApplicable na) {
            if (na.note() == null) {
                y.writeString("n/a");
            } else {
                y.writeStartObject();
                y.writeStringField("value", "n/a");
                y.writeStringField("note", na.note());
                y.writeEndObject();
            }
            return;
        }
        if (!(a instanceof Answer.Given g)) {
            throw new IllegalArgumentException("unknown answer type: " + a.getClass().getName());
        }
        if (g.target() == null && g.note() == null && g.evidence() == null) {
            value(y, g.value());
            return;
        }
        y.writeStartObject();
        y.writeFieldName("value");
        value(y, g.value());
        if (g.target() != null) {
            y.writeFieldName("target");
            value(y, g.target());
        }
        if (g.note() != null) {
            y.writeStringField("note", g.note());
        }
        if (g.evidence() != null) {
            y.writeStringField("evidence", g.evidence());
        }
        y.writeEndObject();
    }

    private static void value(YAMLGenerator y, AnswerValue v) throws IOException {
        v.accept(new AnswerValue.Cases<Void>() {
            @Override
            public Void level(AnswerValue.LevelValue l) {
                return write(() -> y.writeNumber(plain(l.value())));
            }

            @Override
            public Void choice(AnswerValue.ChoiceValue c) {
                return write(() -> y.writeString(c.option()));
            }

            @Override
            public Void bool(AnswerValue.BoolValue b) {
                return write(() -> y.writeBoolean(b.value()));
            }

            @Override
            public Void multi(AnswerValue.MultiValue m) {
                return write(() -> {
                    y.writeStartArray();
                    for (String id : m.options()) {
                        y.writeString(id);
                    }
                    y.writeEndArray();
                });
            }

            @Override
            public Void number(AnswerValue.NumberValue n) {
                return write(() -> y.writeNumber(plain(n.value())));
            }

            @Override
            public Void matrix(AnswerValue.MatrixValue x) {
                return write(() -> {
                    y.writeStartObject();
                    for (Map.Entry<String, AnswerValue> e : x.rows().entrySet()) {
                        y.writeFieldName(e.getKey());
                        value(y, e.getValue());
                    }
                    y.writeEndObject();
                });
            }
        });
    }

    /** A number as written: plain digits, no exponent, no trailing zeros (2, not 2.0; 1000, not 1E+3). */
    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private interface Step {
        void run() throws IOException;
    }

    private static Void write(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException("writing YAML to a string", e);
        }
        return null;
    }
}
