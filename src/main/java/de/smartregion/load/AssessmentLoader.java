package de.smartregion.load;

import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Location;
import de.smartregion.input.Node;
import de.smartregion.input.NodeReader;
import de.smartregion.input.Problems;
import de.smartregion.input.Suggest;
import de.smartregion.input.YamlReader;
import de.smartregion.model.Answer;
import de.smartregion.model.Assessment;
import de.smartregion.model.Blank;
import de.smartregion.model.Municipality;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import de.smartregion.model.Respondent;
import de.smartregion.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Loads and validates an answer file ({@code kind: assessment}) against its questionnaire. */
public final class AssessmentLoader {

    static final List<String> TOP_KEYS = List.of("kind", "questionnaire", "municipality", "period", "respondent",
            "language", "answers");
    private static final List<String> MUNICIPALITY_KEYS = List.of("id", "name", "state", "type", "population");
    static final Map<String, String> TYPES = types();
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2]))?");
    /** A BCP 47 language tag as people write one: a language, then optional script, region or variant parts. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        for (String type : Municipality.TYPES) {
            types.put(type, type);
        }
        return types;
    }

    private AssessmentLoader() {
    }

    /** Whether {@code period} is one an answer file may give: a year (2026) or a month (2026-05). */
    public static boolean isPeriod(String period) {
        return PERIOD.matcher(period).matches();
    }

    public static LoadedAssessment load(String file, byte[] bytes, QuestionnaireSource source)
            throws InvalidInputException {
        Problems problems = new Problems();
        Node root = YamlReader.read(file, bytes, problems);
        problems.throwIfAny();
        LoadedAssessment loaded = load(file, root, source, problems);
        problems.throwIfAny();
        return loaded;
    }

    static LoadedAssessment load(String file, Node root, QuestionnaireSource source, Problems problems)
            throws InvalidInputException {
        NodeReader r = new NodeReader(problems);
        Node.MapNode top = r.map(root, "assessment");
        if (top == null) {
            return null;
        }
        Node kind = r.required(top, "kind", "assessment");
        if (kind != null && !"assessment".equals(r.string(kind, "kind"))) {
            // another kind of file: its keys would only add noise to the one message that matters
            problems.add(kind.at(), "kind.wrong", NodeReader.display(kind), "assessment");
            return null;
        }
        r.onlyKeys(top, TOP_KEYS, "assessment");
        Node refNode = source.hasGiven() ? top.get("questionnaire")
                : r.required(top, "questionnaire", "assessment");
        String refText = refNode == null ? null : r.string(refNode, "questionnaire");
        QuestionnaireRef ref = refText == null ? null : QuestionnaireRef.parse(refText);
        Questionnaire questionnaire = refNode == null && !source.hasGiven() ? null
                : source.resolve(ref, refNode == null ? top.at() : refNode.at(), problems);
        Municipality municipality = municipality(r, top);
        Node municipalityNode = top.get("municipality");
        Location municipalityAt = municipalityNode instanceof Node.MapNode m && m.get("id") != null
                ? m.get("id").at() : top.at();
        Node pn = r.required(top, "period", "assessment");
        String period = pn == null ? null : r.string(pn, "period");
        if (period != null && !isPeriod(period)) {
            problems.add(pn.at(), "period.invalid", period);
            period = null;
        }
        Respondent respondent = respondent(r, top.get("respondent"), questionnaire);
        String language = language(r, top.get("language"));
        Map<String, Answer> answers = questionnaire == null ? Map.of()
                : answers(r, top.get("answers"), questionnaire);
        if (!problems.isEmpty()) {
            return null;
        }
        if (ref == null) {
            ref = new QuestionnaireRef(questionnaire.id(), questionnaire.version());
        }
        Assessment a = new Assessment(file, ref, municipality, period, respondent, answers, language);
        return new LoadedAssessment(a, questionnaire, municipalityAt, pn.at());
    }

    private static Municipality municipality(NodeReader r, Node.MapNode top) {
        Node node = r.required(top, "municipality", "assessment");
        Node.MapNode m = node == null ? null : r.map(node, "municipality");
        if (m == null) {
            return null;
        }
        r.onlyKeys(m, MUNICIPALITY_KEYS, "municipality");
        Node idn = r.required(m, "id", "municipality");
        String id = idn == null ? null : r.string(idn, "municipality id");
        if (id != null && Blank.blank(id)) {
            r.problems().add(idn.at(), "municipality.id-blank");
            id = null;
        }
        Node nn = m.get("name");
        String name = nn == null ? id : r.string(nn, "name");
        if (nn != null && name != null && Blank.blank(name)) {
            r.problems().add(nn.at(), "municipality.name-blank");
            name = null;
        }
        Node sn = m.get("state");
        String state = sn == null ? null : r.string(sn, "state");
        if (state != null && Blank.blank(state)) {
            r.problems().add(sn.at(), "municipality.state-blank");
            state = null;
        }
        Node tn = m.get("type");
        String type = tn == null ? null : r.oneOf(tn, TYPES, "type");
        Node popn = m.get("population");
        Long population = popn == null ? null : r.integer(popn, "population");
        if (population != null && population < 0) {
            r.problems().add(popn.at(), "number.range", "population", population, 0, "∞");
            population = null;
        }
        if (id == null || name == null) {
            return null;
        }
        return new Municipality(id, name, state, type, population);
    }

    /** The language of the file's own words, as a tag in its usual case (de, en, de-CH); null when not given. */
    private static String language(NodeReader r, Node node) {
        String tag = node == null ? null : r.string(node, "language");
        if (tag == null) {
            return null;
        }
        String accepted = languageTag(tag);
        if (accepted == null) {
            r.problems().add(node.at(), "assessment.language-invalid", tag);
        }
        return accepted;
    }

    /**
     * A language tag as an answer file's {@code language:} takes it, in its usual case; null for one it refuses.
     * The imports write only what this accepts, so that every file they write loads back.
     */
    static String languageTag(String tag) {
        return LANGUAGE.matcher(tag).matches() ? Locale.forLanguageTag(tag).toLanguageTag() : null;
    }

    private static Respondent respondent(NodeReader r, Node node, Questionnaire questionnaire) {
        if (node == null) {
            return null;
        }
        Node.MapNode m = r.map(node, "respondent");
        if (m == null) {
            return null;
        }
        r.onlyKeys(m, List.of("role", "name"), "respondent");
        Node rn = m.get("role");
        Node nn = m.get("name");
        String role = rn == null ? null : r.string(rn, "role");
        if (role != null && questionnaire != null && !questionnaire.roles().isEmpty()) {
            role = roleId(r, rn.at(), role, questionnaire);
        }
        return new Respondent(role, nn == null ? null : r.string(nn, "name"));
    }

    /**
     * The id of the role an answer file names by id or by a label in any of the questionnaire's languages, so
     * that results always carry the id; a name of no role is a problem, with the nearest id or label.
     */
    static String roleId(NodeReader r, Location at, String name, Questionnaire questionnaire) {
        Role role = questionnaire.roleNamed(name);
        if (role != null) {
            return role.id();
        }
        String nearest = Suggest.nearest(name, questionnaire.roleNames());
        if (nearest == null) {
            r.problems().add(at, "respondent.role-unknown", name, String.join(", ", questionnaire.roleIds()));
        } else {
            r.problems().add(at, "respondent.role-unknown.suggest", name, nearest);
        }
        return null;
    }

    private static Map<String, Answer> answers(NodeReader r, Node node, Questionnaire questionnaire) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        if (node == null || node instanceof Node.ScalarNode s && s.isEmpty()) {
            return answers;
        }
        Node.MapNode m = r.map(node, "answers");
        if (m == null) {
            return answers;
        }
        AnswerReader reader = new AnswerReader(r);
        List<String> ids = null;
        for (Node.Entry e : m.entries()) {
            int index = questionnaire.indexOf(e.key().text());
            if (index < 0) {
                if (ids == null) {
                    ids = new ArrayList<>();
                    for (Question q : questionnaire.questions()) {
                        ids.add(q.id());
                    }
                }
                r.problems().addUnknown(e.key().at(), "answers.unknown", e.key().text(), ids);
                continue;
            }
            Answer a = reader.answer(questionnaire.questions().get(index), e.value());
            if (a != null) {
                answers.put(e.key().text(), a);
            }
        }
        return answers;
    }
}
