package de.smartregion.load;

import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Location;
import de.smartregion.input.Node;
import de.smartregion.input.NodeReader;
import de.smartregion.input.Problems;
import de.smartregion.input.Suggest;
import de.smartregion.input.YamlReader;
import de.smartregion.model.Aggregation;
import de.smartregion.model.AnswerValue;
import de.smartregion.model.Band;
import de.smartregion.model.Condition;
import de.smartregion.model.Duty;
import de.smartregion.model.Effort;
import de.smartregion.model.Field;
import de.smartregion.model.Level;
import de.smartregion.model.MissingPolicy;
import de.smartregion.model.NumberScoring;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.model.QuestionBasics;
import de.smartregion.model.Recommendations;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Role;
import de.smartregion.model.Row;
import de.smartregion.model.ScoringRules;
import de.smartregion.model.Stage;
import de.smartregion.model.Text;
import de.smartregion.model.Thesis;
import de.smartregion.text.Numbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads and validates a questionnaire file ({@code kind: questionnaire}). */
public final class QuestionnaireLoader {

    static final List<String> TOP_KEYS = List.of("kind", "id", "version", "title", "description", "languages",
            "scale", "stages", "theses", "roles", "scoring", "fields");
    private static final List<String> FIELD_KEYS = List.of("id", "title", "description", "weight", "aggregate",
            "questions");
    private static final List<String> COMMON_KEYS = List.of("id", "type", "text", "help", "weight", "theses", "na",
            "effort", "requires", "recommendation", "recommendations", "appliesTo", "asked", "duty");
    private static final List<String> DUTY_KEYS = List.of("minimum", "score", "basis", "appliesTo");
    /** Each question type as written, with the keys of its own; a new type also needs a case in {@code question}. */
    private static final Map<String, List<String>> TYPE_KEYS = NodeReader.ordered(
            "scale", List.of("levels"),
            "choice", List.of("options"),
            "boolean", List.of(),
            "multi", List.of("options", "max"),
            "number", List.of("unit", "min", "max", "bands"),
            "matrix", List.of("select", "rows", "options", "max"));
    private static final Map<String, String> TYPES = orderedSelf(TYPE_KEYS.keySet());
    private static final Map<String, Aggregation> AGGREGATIONS = NodeReader.ordered(
            "weighted-mean", Aggregation.WEIGHTED_MEAN, "min", Aggregation.MIN);
    private static final Map<String, MissingPolicy> MISSING = NodeReader.ordered(
            "exclude", MissingPolicy.EXCLUDE, "zero", MissingPolicy.ZERO);
    private static final Map<String, Effort> EFFORTS = NodeReader.ordered(
            "low", Effort.LOW, "medium", Effort.MEDIUM, "high", Effort.HIGH);
    private static final Map<String, Boolean> SELECT = NodeReader.ordered("one", Boolean.FALSE, "many", Boolean.TRUE);
    /**
     * The largest weight (of a field, a question, an option) and `max`: weights are relative, so a million to one
     * is more than any questionnaire needs, and with it no sum of weights or points can overflow to infinity.
     */
    static final double MAX_WEIGHT = 1_000_000;
    /** The smallest positive weight and `max`: below, products with scores lose their digits and scores go wrong. */
    static final double MIN_WEIGHT = 1 / MAX_WEIGHT;

    private QuestionnaireLoader() {
    }

    /** Loads the questionnaire in {@code bytes}, shown in messages as {@code file}. */
    public static Questionnaire load(String file, byte[] bytes) throws InvalidInputException {
        Problems problems = new Problems();
        Node root = YamlReader.read(file, bytes, problems);
        problems.throwIfAny();
        Questionnaire q = new Parse(new NodeReader(problems)).questionnaire(root);
        problems.throwIfAny();
        return q;
    }

    /** Loads a questionnaire from an already parsed tree; used when the file's kind was found first. */
    static Questionnaire load(Node root, Problems problems) {
        return new Parse(new NodeReader(problems)).questionnaire(root);
    }

    private static Map<String, String> orderedSelf(Iterable<String> names) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String n : names) {
            m.put(n, n);
        }
        return m;
    }

    /** One parsing run; holds what later parts of the file are checked against. */
    private static final class Parse {
        private final NodeReader r;
        private final Problems problems;
        private final Bounds bounds;
        private List<String> languages = List.of();
        private List<Level> scale;
        private final Set<String> thesisIds = new LinkedHashSet<>();
        /** The declared roles by id, for the `asked` of questions; empty when the questionnaire declares none. */
        private final Map<String, String> roleIds = new LinkedHashMap<>();
        private final Map<String, Location> ids = new HashMap<>();
        private final Set<String> questionIds = new LinkedHashSet<>();
        /** Question id to the places its `requires` entries stand, checked once every id is known. */
        private final Map<String, List<Node.ScalarNode>> requires = new LinkedHashMap<>();
        /** The theses as read, finished once the questions their conditions name are known. */
        private final List<ThesisDraft> drafts = new ArrayList<>();

        Parse(NodeReader r) {
            this.r = r;
            this.problems = r.problems();
            this.bounds = new Bounds(r);
        }

        Questionnaire questionnaire(Node root) {
            Node.MapNode top = r.map(root, "questionnaire");
            if (top == null) {
                return null;
            }
            Node kind = r.required(top, "kind", "questionnaire");
            if (kind != null && !"questionnaire".equals(r.string(kind, "kind"))) {
                // another kind of file: its keys would only add noise to the one message that matters
                problems.add(kind.at(), "kind.wrong", NodeReader.display(kind), "questionnaire");
                return null;
            }
            r.onlyKeys(top, TOP_KEYS, "questionnaire");
            String id = opt(top, "id", n -> r.id(n, "id"), true);
            String version = opt(top, "version", n -> r.string(n, "version"), true);
            languages = languages(top);
            Text title = opt(top, "title", n -> r.text(n, languages, "title"), true);
            Text description = opt(top, "description", n -> r.text(n, languages, "description"), false);
            Node scaleNode = top.get("scale");
            scale = scaleNode == null ? defaultScale() : levels(scaleNode, "scale");
            List<Stage> stages = stages(top.get("stages"));
            theses(r.required(top, "theses", "questionnaire"));
            List<Role> roles = roles(top.get("roles"));
            ScoringRules scoring = scoring(top.get("scoring"));
            List<Field> fields = fields(r.required(top, "fields", "questionnaire"));
            checkRequires();
            List<Thesis> theses = new Conditions(r, questionIds, fields).theses(drafts, scoring.missing());
            if (!problems.isEmpty()) {
                return null;
            }
            return new Questionnaire(id, version, title, description, languages, stages, theses, roles, scoring,
                    fields);
        }

        private <T> T opt(Node.MapNode map, String key, java.util.function.Function<Node, T> read, boolean needed) {
            Node n = needed ? r.required(map, key, "questionnaire") : map.get(key);
            return n == null ? null : read.apply(n);
        }

        /**
         * The languages of a questionnaire that declares none: the file format's default. Questionnaire texts may
         * be in any language; only the reports' own texts are limited to {@code text.Language}.
         */
        private static final List<String> DEFAULT_LANGUAGES = List.of("de");

        private List<String> languages(Node.MapNode top) {
            Node n = top.get("languages");
            if (n == null) {
                return DEFAULT_LANGUAGES;
            }
            Node.ListNode list = r.list(n, "languages");
            if (list == null) {
                return DEFAULT_LANGUAGES;
            }
            Set<String> langs = new LinkedHashSet<>();
            for (Node item : list.items()) {
                String lang = r.string(item, "language");
                if (lang != null && !lang.matches("[a-z]{2}")) {
                    problems.add(item.at(), "language.invalid", lang);
                } else if (lang != null && !langs.add(lang)) {
                    problems.add(item.at(), "id.duplicate", lang, "language");
                }
            }
            if (langs.isEmpty()) {
                problems.add(n.at(), "languages.empty");
                return DEFAULT_LANGUAGES;
            }
            return List.copyOf(langs);
        }

        private List<Level> defaultScale() {
            List<Level> levels = new ArrayList<>();
            for (int v = 0; v <= 4; v++) {
                levels.add(new Level(v, Text.of(Integer.toString(v)), null));
            }
            return levels;
        }

        private List<Level> levels(Node node, String what) {
            Node.ListNode list = r.list(node, what);
            if (list == null) {
                return null;
            }
            List<Level> levels = new ArrayList<>();
            Double previous = null;
            for (Node item : list.items()) {
                Node.MapNode m = r.map(item, "level");
                if (m == null) {
                    continue;
                }
                r.onlyKeys(m, List.of("value", "label", "description"), "level");
                Node vn = r.required(m, "value", "level");
                Double value = vn == null ? null : r.number(vn, "level value");
                Node ln = r.required(m, "label", "level");
                Text label = ln == null ? null : r.text(ln, languages, "label");
                Node dn = m.get("description");
                Text description = dn == null ? null : r.text(dn, languages, "description");
                if (value != null && previous != null && !(value > previous)) {
                    problems.add(vn.at(), "levels.ascending", Numbers.plain(value), Numbers.plain(previous));
                }
                if (value != null) {
                    previous = value;
                }
                if (value != null && label != null) {
                    levels.add(new Level(value, label, description));
                }
            }
            if (list.items().size() < 2) {
                problems.add(list.at(), "levels.too-few", what);
                return null;
            }
            if (levels.size() >= 2 && !Double.isFinite(levels.get(levels.size() - 1).value() - levels.get(0).value())) {
                // a score divides by the span: infinity would make every score 0 or NaN
                problems.add(list.at(), "levels.range-overflow", Numbers.plain(levels.get(0).value()),
                        Numbers.plain(levels.get(levels.size() - 1).value()));
                return null;
            }
            return levels;
        }

        private List<Stage> stages(Node node) {
            if (node == null) {
                return List.of(new Stage(0, "starter", Text.of("Starter"), null));
            }
            Node.ListNode list = r.list(node, "stages");
            if (list == null) {
                return List.of();
            }
            List<Stage> stages = new ArrayList<>();
            Set<String> stageIds = new LinkedHashSet<>();
            Double previous = null;
            for (Node item : list.items()) {
                Node.MapNode m = r.map(item, "stage");
                if (m == null) {
                    continue;
                }
                r.onlyKeys(m, List.of("from", "id", "label", "description"), "stage");
                Node fn = r.required(m, "from", "stage");
                Double from = fn == null ? null : r.number(fn, "from", 0, 100);
                Node idn = r.required(m, "id", "stage");
                String id = idn == null ? null : r.id(idn, "stage id");
                Node ln = r.required(m, "label", "stage");
                Text label = ln == null ? null : r.text(ln, languages, "label");
                Node dn = m.get("description");
                Text description = dn == null ? null : r.text(dn, languages, "description");
                if (from != null) {
                    if (previous == null && from != 0) {
                        problems.add(fn.at(), "stages.start", Numbers.plain(from));
                    } else if (previous != null && !(from > previous)) {
                        problems.add(fn.at(), "stages.ascending", Numbers.plain(from), Numbers.plain(previous));
                    }
                    previous = from;
                }
                if (id != null && !stageIds.add(id)) {
                    problems.add(idn.at(), "id.duplicate", id, "stage");
                }
                if (from != null && id != null && label != null) {
                    stages.add(new Stage(from, id, label, description));
                }
            }
            if (list.items().isEmpty()) {
                problems.add(list.at(), "stages.empty");
            }
            return stages;
        }

        /** Reads the theses up to their conditions, which name questions not read yet. */
        private void theses(Node node) {
            Node.ListNode list = node == null ? null : r.list(node, "theses");
            if (list == null) {
                return;
            }
            for (Node item : list.items()) {
                Node.MapNode m = r.map(item, "thesis");
                if (m == null) {
                    continue;
                }
                r.onlyKeys(m, List.of("id", "title", "description", "threshold", "missing", "conditions"), "thesis");
                Node idn = r.required(m, "id", "thesis");
                String id = idn == null ? null : r.id(idn, "thesis id");
                Node tn = r.required(m, "title", "thesis");
                Text title = tn == null ? null : r.text(tn, languages, "title");
                Node dn = m.get("description");
                Text description = dn == null ? null : r.text(dn, languages, "description");
                Node thn = m.get("threshold");
                Double threshold = thn == null ? Double.valueOf(50) : r.number(thn, "threshold", 0, 100);
                Node mn = m.get("missing");
                MissingPolicy missing = mn == null ? null : r.oneOf(mn, MISSING, "missing");
                if (id != null && !thesisIds.add(id)) {
                    problems.add(idn.at(), "id.duplicate", id, "thesis");
                    continue;
                }
                if (id != null && title != null && threshold != null) {
                    // a broken `missing` is reported; the conditions are still checked, so that all problems show
                    drafts.add(new ThesisDraft(id, title, description, threshold, missing, m.get("conditions")));
                }
            }
        }

        /**
         * The roles that may answer. A respondent names one by its id or a label in any language, so no name may
         * stand for two roles; at most one role is accountable for the facts.
         */
        private List<Role> roles(Node node) {
            List<Role> roles = new ArrayList<>();
            Node.ListNode list = node == null ? null : r.list(node, "roles");
            if (list == null) {
                return roles;
            }
            if (list.items().isEmpty()) {
                problems.add(list.at(), "roles.empty");
            }
            Map<String, String> names = new HashMap<>();
            Location accountableAt = null;
            for (Node item : list.items()) {
                Node.MapNode m = r.map(item, "role");
                if (m == null) {
                    continue;
                }
                r.onlyKeys(m, List.of("id", "label", "accountable"), "role");
                Node idn = r.required(m, "id", "role");
                String id = idn == null ? null : r.id(idn, "role id");
                Node ln = r.required(m, "label", "role");
                Text label = ln == null ? null : r.text(ln, languages, "label");
                Node an = m.get("accountable");
                Boolean accountable = an == null ? Boolean.FALSE : r.bool(an, "accountable");
                if (id != null && roleIds.containsKey(id)) {
                    problems.add(idn.at(), "id.duplicate", id, "role");
                    continue;
                }
                if (Boolean.TRUE.equals(accountable) && accountableAt != null) {
                    problems.add(an.at(), "roles.two-accountable", accountableAt.line());
                } else if (Boolean.TRUE.equals(accountable)) {
                    accountableAt = an.at();
                }
                if (id != null) {
                    roleIds.put(id, id);
                    claim(names, id, id, idn.at());
                }
                if (id != null && label != null) {
                    for (Map.Entry<String, String> e : label.byLanguage().entrySet()) {
                        if (blank(Text.of(e.getValue()))) {
                            problems.add(ln.at(), "role.label.blank", id);
                        } else {
                            claim(names, e.getValue(), id, ln.at());
                        }
                    }
                }
                if (id != null && label != null && accountable != null) {
                    roles.add(new Role(id, label, accountable));
                }
            }
            return roles;
        }

        /** Records that {@code name} names role {@code id}; a name already naming another role is a problem. */
        private void claim(Map<String, String> names, String name, String id, Location at) {
            String other = names.putIfAbsent(Questionnaire.normalName(name), id);
            if (other != null && !other.equals(id)) {
                problems.add(at, "role.name-taken", name, other, id);
            }
        }

        /** The roles of {@code asked}, empty when absent (every role); null after a problem. */
        private List<String> asked(Node node) {
            if (node == null) {
                return List.of();
            }
            if (roleIds.isEmpty()) {
                problems.add(node.at(), "asked.no-roles");
                return null;
            }
            Node.ListNode list = r.list(node, "asked");
            if (list == null) {
                return null;
            }
            if (list.items().isEmpty()) {
                problems.add(list.at(), "asked.empty");
                return null;
            }
            int before = problems.size();
            Set<String> asked = new LinkedHashSet<>();
            for (Node item : list.items()) {
                String role = r.oneOf(item, roleIds, "role");
                if (role != null && !asked.add(role)) {
                    problems.add(item.at(), "id.duplicate", role, "asked");
                }
            }
            return problems.size() > before ? null : List.copyOf(asked);
        }

        private ScoringRules scoring(Node node) {
            if (node == null) {
                return ScoringRules.DEFAULT;
            }
            Node.MapNode m = r.map(node, "scoring");
            if (m == null) {
                return ScoringRules.DEFAULT;
            }
            r.onlyKeys(m, List.of("overall", "missing", "rounding"), "scoring");
            Node on = m.get("overall");
            Aggregation overall = on == null ? Aggregation.WEIGHTED_MEAN : r.oneOf(on, AGGREGATIONS, "overall");
            Node mn = m.get("missing");
            MissingPolicy missing = mn == null ? MissingPolicy.EXCLUDE : r.oneOf(mn, MISSING, "missing");
            Node rn = m.get("rounding");
            Long rounding = rn == null ? Long.valueOf(1) : r.integer(rn, "rounding");
            if (rounding != null && (rounding < 0 || rounding > 4)) {
                problems.add(rn.at(), "number.range", "rounding", rounding, 0, 4);
                rounding = null;
            }
            if (overall == null || missing == null || rounding == null) {
                return ScoringRules.DEFAULT;
            }
            return new ScoringRules(overall, missing, rounding.intValue());
        }

        private List<Field> fields(Node node) {
            List<Field> fields = new ArrayList<>();
            Node.ListNode list = node == null ? null : r.list(node, "fields");
            if (list == null) {
                return fields;
            }
            if (list.items().isEmpty()) {
                problems.add(list.at(), "fields.empty");
            }
            for (Node item : list.items()) {
                Node.MapNode m = r.map(item, "field");
                if (m == null) {
                    continue;
                }
                r.onlyKeys(m, FIELD_KEYS, "field");
                String id = uniqueId(m, "field");
                Node tn = r.required(m, "title", "field");
                Text title = tn == null ? null : r.text(tn, languages, "title");
                Node dn = m.get("description");
                Text description = dn == null ? null : r.text(dn, languages, "description");
                Double weight = positive(m.get("weight"), "weight");
                Node an = m.get("aggregate");
                Aggregation aggregate = an == null ? Aggregation.WEIGHTED_MEAN : r.oneOf(an, AGGREGATIONS, "aggregate");
                Node qn = r.required(m, "questions", "field");
                Node.ListNode ql = qn == null ? null : r.list(qn, "questions");
                List<Question> questions = new ArrayList<>();
                if (ql != null) {
                    if (ql.items().isEmpty()) {
                        problems.add(ql.at(), "questions.empty", id);
                    }
                    for (Node qi : ql.items()) {
                        Question q = question(qi);
                        if (q != null) {
                            questions.add(q);
                        }
                    }
                }
                if (id != null && title != null && weight != null && aggregate != null) {
                    fields.add(new Field(id, title, description, weight, aggregate, questions));
                }
            }
            return fields;
        }

        private Double positive(Node node, String what) {
            if (node == null) {
                return 1.0;
            }
            Double v = r.number(node, what);
            if (v != null && !(v > 0)) {
                problems.add(node.at(), "number.positive", what, Numbers.plain(v));
                return null;
            }
            if (v != null && (v < MIN_WEIGHT || v > MAX_WEIGHT)) {
                problems.add(node.at(), "number.range", what, Numbers.plain(v), Numbers.plain(MIN_WEIGHT),
                        Numbers.plain(MAX_WEIGHT));
                return null;
            }
            return v;
        }

        /** Reads the `id` of a field or question and checks it is unique across the questionnaire. */
        private String uniqueId(Node.MapNode m, String what) {
            Node idn = r.required(m, "id", what);
            String id = idn == null ? null : r.id(idn, what + " id");
            if (id != null) {
                Location first = ids.putIfAbsent(id, idn.at());
                if (first != null) {
                    problems.add(idn.at(), "id.duplicate.at", id, first.line());
                    return null;
                }
                if (what.equals("question")) {
                    questionIds.add(id);
                }
            }
            return id;
        }

        private Question question(Node node) {
            Node.MapNode m = r.map(node, "question");
            if (m == null) {
                return null;
            }
            Node typeNode = r.required(m, "type", "question");
            String type = typeNode == null ? null : r.oneOf(typeNode, TYPES, "type");
            List<String> allowed = new ArrayList<>(COMMON_KEYS);
            if (type != null) {
                allowed.addAll(TYPE_KEYS.get(type));
                r.onlyKeys(m, allowed, type + " question");
            }
            QuestionBasics basics = basics(m);
            if (type == null) {
                return null;
            }
            Question q = switch (type) {
                case "scale" -> scale(m, basics);
                case "choice" -> choice(m, basics);
                case "boolean" -> basics == null ? null : new Question.Bool(basics);
                case "multi" -> multi(m, basics);
                case "number" -> number(m, basics);
                case "matrix" -> matrix(m, basics);
                default -> throw new IllegalStateException("no reader for question type " + type);
            };
            Node dn = m.get("duty");
            Node sn = m.get("recommendations");
            if (dn == null && sn == null) {
                return basics == null ? null : q;
            }
            // their own problems are reported even when the rest of the question has some
            Node idn = m.get("id");
            String id = idn == null ? "?" : NodeReader.display(idn);
            Question read = basics == null ? null : q;
            Duty duty = dn == null ? null : duty(id, read, dn);
            Recommendations steps = sn == null ? null
                    : new Steps(r, bounds, languages).of(id, read, m.get("recommendation") != null, sn);
            if (read == null || (dn != null && duty == null) || (sn != null && steps == null)) {
                return null;
            }
            return q.with(basics.withDuty(duty).withRecommendations(steps));
        }

        /**
         * The legal minimum of a question: an option, level or yes/no ({@code minimum}) or a plain {@code score},
         * its basis, and the types it binds. A minimum every answer reaches would mark nothing, one no answer
         * reaches could never be fulfilled: both are mistakes. Without {@code q} (a broken question) only the
         * duty's own shape is checked; {@code id} names the question in messages.
         */
        private Duty duty(String id, Question q, Node node) {
            Node.MapNode m = r.map(node, "duty");
            if (m == null) {
                return null;
            }
            int before = problems.size();
            r.onlyKeys(m, DUTY_KEYS, "duty");
            boolean misspelt = problems.size() > before;
            Node bn = r.required(m, "basis", "duty");
            Text basis = bn == null ? null : r.text(bn, languages, "basis");
            if (basis != null && blank(basis)) {
                problems.add(bn.at(), "duty.basis.blank");
            }
            List<String> types = appliesTo(m.get("appliesTo"));
            Node at = bounds.one(m, "minimum", "duty.no-minimum", "duty.two-minimums", id, misspelt);
            if (at == null || q == null) {
                return null;
            }
            Condition.Bound bound = bounds.read(q, m, at, "minimum");
            if (bound != null && Bounds.everyAnswerReaches(q, bound.score())) {
                problems.add(at.at(), "duty.trivial", id);
                return null;
            }
            if (bound != null && Bounds.noAnswerReaches(q, bound.score())) {
                problems.add(at.at(), "duty.unreachable", id);
                return null;
            }
            return bound == null || basis == null || types == null || problems.size() > before ? null
                    : new Duty(bound, basis, types);
        }

        private static boolean blank(Text text) {
            for (String t : text.byLanguage().values()) {
                if (t.isBlank()) {
                    return true;
                }
            }
            return false;
        }

        private QuestionBasics basics(Node.MapNode m) {
            String id = uniqueId(m, "question");
            Node tn = r.required(m, "text", "question");
            Text text = tn == null ? null : r.text(tn, languages, "text");
            Node hn = m.get("help");
            Text help = hn == null ? null : r.text(hn, languages, "help");
            Double weight = positive(m.get("weight"), "weight");
            Map<String, Double> theses = affinities(m.get("theses"));
            Node nn = m.get("na");
            Boolean na = nn == null ? Boolean.FALSE : r.bool(nn, "na");
            Node en = m.get("effort");
            Effort effort = en == null ? Effort.MEDIUM : r.oneOf(en, EFFORTS, "effort");
            List<String> required = new ArrayList<>();
            Node rq = m.get("requires");
            if (rq != null) {
                Node.ListNode list = r.list(rq, "requires");
                if (list != null) {
                    List<Node.ScalarNode> refs = new ArrayList<>();
                    for (Node item : list.items()) {
                        String ref = r.string(item, "requires");
                        if (ref != null) {
                            required.add(ref);
                            refs.add((Node.ScalarNode) item);
                        }
                    }
                    if (id != null) {
                        requires.put(id, refs);
                    }
                }
            }
            Node rn = m.get("recommendation");
            Text recommendation = rn == null ? null : r.text(rn, languages, "recommendation");
            List<String> appliesTo = appliesTo(m.get("appliesTo"));
            List<String> asked = asked(m.get("asked"));
            if (id == null || text == null || weight == null || theses == null || na == null || effort == null
                    || appliesTo == null || asked == null) {
                return null;
            }
            return new QuestionBasics(id, text, help, weight, theses, na, effort, required, recommendation,
                    appliesTo, asked, null, null);
        }

        /** The municipality types of {@code appliesTo}, empty when absent (every type); null after a problem. */
        private List<String> appliesTo(Node node) {
            if (node == null) {
                return List.of();
            }
            Node.ListNode list = r.list(node, "appliesTo");
            if (list == null) {
                return null;
            }
            if (list.items().isEmpty()) {
                problems.add(list.at(), "applies-to.empty");
                return null;
            }
            int before = problems.size();
            Set<String> types = new LinkedHashSet<>();
            for (Node item : list.items()) {
                String type = r.oneOf(item, AssessmentLoader.TYPES, "appliesTo");
                if (type != null && !types.add(type)) {
                    problems.add(item.at(), "id.duplicate", type, "appliesTo");
                }
            }
            return problems.size() > before ? null : List.copyOf(types);
        }

        private Map<String, Double> affinities(Node node) {
            Map<String, Double> theses = new LinkedHashMap<>();
            if (node == null) {
                return theses;
            }
            if (node instanceof Node.ListNode list) {
                for (Node item : list.items()) {
                    String id = thesisRef(item);
                    if (id != null) {
                        theses.put(id, 1.0);
                    }
                }
                return theses;
            }
            Node.MapNode m = r.map(node, "theses");
            if (m == null) {
                return null;
            }
            for (Node.Entry e : m.entries()) {
                String id = thesisRef(e.key());
                Double a = r.number(e.value(), "affinity", 0, 1);
                if (a != null && a == 0) {
                    problems.add(e.value().at(), "number.positive", "affinity", "0");
                } else if (id != null && a != null) {
                    theses.put(id, a);
                }
            }
            return theses;
        }

        private String thesisRef(Node node) {
            String id = r.string(node, "thesis");
            if (id != null && !thesisIds.contains(id)) {
                String nearest = Suggest.nearest(id, thesisIds);
                if (nearest == null) {
                    problems.add(node.at(), "thesis.unknown", id, String.join(", ", thesisIds));
                } else {
                    problems.add(node.at(), "thesis.unknown.suggest", id, nearest);
                }
                return null;
            }
            return id;
        }

        private Question scale(Node.MapNode m, QuestionBasics basics) {
            Node ln = m.get("levels");
            List<Level> levels = ln == null ? scale : levels(ln, "levels");
            return basics == null || levels == null || levels.size() < 2 ? null : new Question.Scale(basics, levels);
        }

        private Question choice(Node.MapNode m, QuestionBasics basics) {
            List<Option> options = options(m, false);
            return basics == null || options == null ? null : new Question.Choice(basics, options);
        }

        private Question multi(Node.MapNode m, QuestionBasics basics) {
            List<Option> options = options(m, true);
            Double max = maxOf(m, options);
            return basics == null || options == null || max == null ? null : new Question.Multi(basics, options, max);
        }

        private Question matrix(Node.MapNode m, QuestionBasics basics) {
            Node sn = r.required(m, "select", "matrix question");
            Boolean many = sn == null ? null : r.oneOf(sn, SELECT, "select");
            List<Row> rows = rows(m);
            if (many == null) {
                return null;
            }
            List<Option> options = options(m, many);
            Double max = many ? maxOf(m, options) : Double.valueOf(1);
            if (!many && m.get("max") != null) {
                problems.add(m.get("max").at(), "matrix.max-one");
            }
            return basics == null || rows == null || options == null || max == null ? null
                    : new Question.Matrix(basics, many, rows, options, max);
        }

        private List<Row> rows(Node.MapNode m) {
            Node rn = r.required(m, "rows", "matrix question");
            Node.ListNode list = rn == null ? null : r.list(rn, "rows");
            if (list == null) {
                return null;
            }
            List<Row> rows = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Node item : list.items()) {
                Node.MapNode rm = r.map(item, "row");
                if (rm == null) {
                    continue;
                }
                r.onlyKeys(rm, List.of("id", "label"), "row");
                Node idn = r.required(rm, "id", "row");
                String id = idn == null ? null : r.id(idn, "row id");
                Node ln = r.required(rm, "label", "row");
                Text label = ln == null ? null : r.text(ln, languages, "label");
                if (id != null && !seen.add(id)) {
                    problems.add(idn.at(), "id.duplicate", id, "row");
                } else if (id != null && AnswerKeys.LONG_FORM.contains(id)) {
                    problems.add(idn.at(), "row.reserved", id);
                } else if (id != null && label != null) {
                    rows.add(new Row(id, label));
                }
            }
            if (list.items().isEmpty()) {
                problems.add(list.at(), "rows.empty");
            }
            return rows.isEmpty() ? null : rows;
        }

        /** Options with a score (choice, matrix one) or with a weight (multi, matrix many). */
        private List<Option> options(Node.MapNode m, boolean weighted) {
            Node on = r.required(m, "options", "question");
            Node.ListNode list = on == null ? null : r.list(on, "options");
            if (list == null) {
                return null;
            }
            List<Option> options = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            int before = problems.size();
            for (Node item : list.items()) {
                Node.MapNode om = r.map(item, "option");
                if (om == null) {
                    continue;
                }
                r.onlyKeys(om, weighted ? List.of("id", "label", "weight", "exclusive") : List.of("id", "label", "score"),
                        "option");
                Node idn = r.required(om, "id", "option");
                String id = idn == null ? null : r.id(idn, "option id");
                Node ln = r.required(om, "label", "option");
                Text label = ln == null ? null : r.text(ln, languages, "label");
                double score = 0;
                double weight = 0;
                boolean exclusive = false;
                if (weighted) {
                    Node xn = om.get("exclusive");
                    Boolean x = xn == null ? Boolean.FALSE : r.bool(xn, "exclusive");
                    exclusive = Boolean.TRUE.equals(x);
                    Node wn = om.get("weight");
                    if (exclusive && wn != null) {
                        problems.add(wn.at(), "option.exclusive-weight", id);
                    } else if (!exclusive) {
                        Node w = r.required(om, "weight", "option");
                        Double v = w == null ? null : r.number(w, "weight", -MAX_WEIGHT, MAX_WEIGHT);
                        weight = v == null ? 0 : v;
                    }
                } else {
                    Node sn = r.required(om, "score", "option");
                    Double v = sn == null ? null : r.number(sn, "score", 0, 1);
                    score = v == null ? 0 : v;
                }
                if (id != null && !seen.add(id)) {
                    problems.add(idn.at(), "id.duplicate", id, "option");
                } else if (id != null && label != null) {
                    options.add(new Option(id, label, score, weight, exclusive));
                }
            }
            if (list.items().isEmpty()) {
                problems.add(list.at(), "options.empty");
            }
            return problems.size() > before ? null : options;
        }

        /** `max` as given, else the sum of the positive weights. */
        private Double maxOf(Node.MapNode m, List<Option> options) {
            Node mn = m.get("max");
            if (mn != null) {
                return positive(mn, "max");
            }
            if (options == null) {
                return null;
            }
            double sum = 0;
            for (Option o : options) {
                sum += Math.max(0, o.weight());
            }
            if (!(sum > 0)) {
                problems.add(m.get("options").at(), "options.no-positive-weight");
                return null;
            }
            return sum;
        }

        private Question number(Node.MapNode m, QuestionBasics basics) {
            Node un = m.get("unit");
            String unit = un == null ? null : r.string(un, "unit");
            Node bn = m.get("bands");
            Node minNode = m.get("min");
            Node maxNode = m.get("max");
            NumberScoring scoring = null;
            if (bn != null) {
                if (minNode != null || maxNode != null) {
                    problems.add((minNode != null ? minNode : maxNode).at(), "number.bands-or-range");
                }
                scoring = bands(bn);
            } else if (minNode == null || maxNode == null) {
                problems.add(m.at(), "number.needs-range");
            } else {
                Double min = r.number(minNode, "min");
                Double max = r.number(maxNode, "max");
                // compared as numbers, not as Double objects: 0 and -0 are one value, and an empty range
                if (min != null && max != null && min.doubleValue() == max.doubleValue()) {
                    problems.add(maxNode.at(), "number.range-empty", Numbers.plain(min));
                } else if (min != null && max != null && !Double.isFinite(max - min)) {
                    // a score divides by max - min: infinity would make every score 0 or NaN
                    problems.add(maxNode.at(), "number.range-overflow", Numbers.plain(min), Numbers.plain(max));
                } else if (min != null && max != null) {
                    scoring = new NumberScoring.Linear(min, max);
                }
            }
            return basics == null || scoring == null ? null : new Question.Number(basics, unit, scoring);
        }

        private NumberScoring bands(Node node) {
            Node.ListNode list = r.list(node, "bands");
            if (list == null) {
                return null;
            }
            List<Band> bands = new ArrayList<>();
            Double previous = null;
            for (Node item : list.items()) {
                Node.MapNode bm = r.map(item, "band");
                if (bm == null) {
                    continue;
                }
                r.onlyKeys(bm, List.of("from", "score"), "band");
                Node fn = r.required(bm, "from", "band");
                Double from = fn == null ? null : r.number(fn, "from");
                Node sn = r.required(bm, "score", "band");
                Double score = sn == null ? null : r.number(sn, "score", 0, 1);
                if (from != null && previous != null && !(from > previous)) {
                    problems.add(fn.at(), "bands.ascending", Numbers.plain(from), Numbers.plain(previous));
                }
                if (from != null) {
                    previous = from;
                }
                if (from != null && score != null) {
                    bands.add(new Band(from, score));
                }
            }
            if (list.items().isEmpty()) {
                problems.add(list.at(), "bands.empty");
                return null;
            }
            return bands.size() == list.items().size() ? new NumberScoring.Banded(bands) : null;
        }

        /** Every `requires` names a question, and the prerequisites form no cycle. */
        private void checkRequires() {
            Map<String, List<String>> graph = new LinkedHashMap<>();
            for (Map.Entry<String, List<Node.ScalarNode>> e : requires.entrySet()) {
                List<String> targets = new ArrayList<>();
                for (Node.ScalarNode ref : e.getValue()) {
                    if (ref.text().equals(e.getKey())) {
                        problems.add(ref.at(), "requires.self", ref.text());
                    } else if (!questionIds.contains(ref.text())) {
                        problems.addUnknown(ref.at(), "requires.unknown", ref.text(), questionIds);
                    } else {
                        targets.add(ref.text());
                    }
                }
                graph.put(e.getKey(), targets);
            }
            Cycles.report(graph, requires, problems);
        }
    }
}
