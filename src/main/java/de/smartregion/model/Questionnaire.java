package de.smartregion.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A loaded, valid questionnaire. Questions are indexed once here so that scoring never searches. */
public final class Questionnaire {

    private final String id;
    private final String version;
    private final Text title;
    private final Text description;
    private final List<String> languages;
    private final List<Stage> stages;
    private final List<Thesis> theses;
    private final List<Role> roles;
    /** Each role by its id and by each of its labels, as {@link #normalName} writes them. */
    private final Map<String, Role> roleNames;
    private final ScoringRules scoring;
    private final List<Field> fields;
    private final List<Question> questions;
    private final Map<String, Integer> questionIndex;
    private final int[] fieldOfQuestion;
    /** Affinity by thesis and question position: scoring reads it for every question of every municipality. */
    private final double[][] affinities;

    public Questionnaire(String id, String version, Text title, Text description, List<String> languages,
                         List<Stage> stages, List<Thesis> theses, List<Role> roles, ScoringRules scoring,
                         List<Field> fields) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = Objects.requireNonNull(version, "version");
        this.title = Objects.requireNonNull(title, "title");
        this.description = description;
        this.languages = List.copyOf(languages);
        this.stages = List.copyOf(stages);
        this.theses = List.copyOf(theses);
        this.roles = List.copyOf(roles);
        this.roleNames = roleNames(this.roles);
        this.scoring = Objects.requireNonNull(scoring, "scoring");
        this.fields = List.copyOf(fields);
        if (this.languages.isEmpty()) {
            throw new IllegalArgumentException("a questionnaire needs at least one language");
        }
        if (this.stages.isEmpty() || this.stages.get(0).from() != 0) {
            throw new IllegalArgumentException("the first stage must start at 0");
        }
        for (int i = 1; i < this.stages.size(); i++) {
            if (!(this.stages.get(i).from() > this.stages.get(i - 1).from())) {
                throw new IllegalArgumentException("stages must ascend");
            }
        }
        List<Question> all = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int f = 0; f < this.fields.size(); f++) {
            for (Question q : this.fields.get(f).questions()) {
                all.add(q);
                owner.add(f);
            }
        }
        this.questions = Collections.unmodifiableList(all);
        this.fieldOfQuestion = owner.stream().mapToInt(Integer::intValue).toArray();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (index.put(all.get(i).id(), i) != null) {
                throw new IllegalArgumentException("duplicate question id " + all.get(i).id());
            }
        }
        this.questionIndex = Collections.unmodifiableMap(index);
        for (Thesis t : this.theses) {
            for (Condition c : t.conditions()) {
                for (String question : c.questions()) {
                    if (!index.containsKey(question)) {
                        throw new IllegalArgumentException("thesis " + t.id() + " names unknown question " + question);
                    }
                }
            }
        }
        for (Question question : all) {
            for (String role : question.basics().asked()) {
                if (role(role) == null) {
                    throw new IllegalArgumentException("question " + question.id() + " is asked of unknown role "
                            + role);
                }
            }
        }
        this.affinities = new double[this.theses.size()][all.size()];
        for (int t = 0; t < this.theses.size(); t++) {
            for (int i = 0; i < all.size(); i++) {
                affinities[t][i] = all.get(i).basics().affinity(this.theses.get(t).id());
            }
        }
    }

    /**
     * Each role by its id and labels. The loader reports the same mistakes (a name naming two roles, two
     * accountable roles) as located problems; here they keep code that builds a questionnaire from breaking the
     * lookup by name.
     */
    private static Map<String, Role> roleNames(List<Role> roles) {
        Map<String, Role> names = new HashMap<>();
        int accountable = 0;
        for (Role role : roles) {
            if (names.put(normalName(role.id()), role) != null) {
                throw new IllegalArgumentException("duplicate role " + role.id());
            }
            accountable += role.accountable() ? 1 : 0;
        }
        if (accountable > 1) {
            throw new IllegalArgumentException("more than one accountable role");
        }
        for (Role role : roles) {
            for (String label : role.label().byLanguage().values()) {
                Role other = names.putIfAbsent(normalName(label), role);
                if (other != null && other != role) {
                    throw new IllegalArgumentException("role label " + label + " names " + other.id() + " too");
                }
            }
        }
        return names;
    }

    /**
     * A role's name as compared: in lower case with runs of spaces as one, so that "Bürgerschaft", "bürgerschaft"
     * and " Bürgerschaft " name the same role.
     */
    public static String normalName(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** The affinity of question number {@code question} to thesis number {@code thesis}; 0 when none. */
    public double affinity(int thesis, int question) {
        return affinities[thesis][question];
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public Text title() {
        return title;
    }

    public Text description() {
        return description;
    }

    public List<String> languages() {
        return languages;
    }

    public String defaultLanguage() {
        return languages.get(0);
    }

    /** The title in the language (or the questionnaire's first) with the version, as report headers show it. */
    public String titleWithVersion(String language) {
        return title.in(language, defaultLanguage()) + " " + version;
    }

    public List<Stage> stages() {
        return stages;
    }

    public List<Thesis> theses() {
        return theses;
    }

    /** The roles that may answer, in questionnaire order; empty when the questionnaire declares none. */
    public List<Role> roles() {
        return roles;
    }

    /**
     * A role's place wherever groups are listed or taken in turn: the order the questionnaire declares them in,
     * a role it does not declare after those, the respondents naming none (null) last.
     */
    public int roleOrder(String id) {
        if (id == null) {
            return Integer.MAX_VALUE;
        }
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i).id().equals(id)) {
                return i;
            }
        }
        return roles.size();
    }

    /** The role with this id, or null. */
    public Role role(String id) {
        for (Role r : roles) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** The role an answer file names by its id or by a label in any language, or null for none of them. */
    public Role roleNamed(String name) {
        return roleNames.get(normalName(name));
    }

    /** The ids of the roles, in questionnaire order. */
    public List<String> roleIds() {
        List<String> ids = new ArrayList<>();
        for (Role r : roles) {
            ids.add(r.id());
        }
        return ids;
    }

    /** Every name that names a role: each id and each label, for suggesting the one a misspelt name meant. */
    public List<String> roleNames() {
        List<String> names = new ArrayList<>();
        for (Role r : roles) {
            names.add(r.id());
            names.addAll(r.label().byLanguage().values());
        }
        return names;
    }

    /**
     * Whether the answers of a respondent in {@code role} count for the question. A respondent naming no role
     * counts where the accountable role does: a file without a role is, as a rule, the administration's own
     * self-assessment, and it must not answer the perceptions meant for other groups. Without an accountable role,
     * such a respondent counts everywhere.
     */
    public boolean asks(Question question, String role) {
        if (role != null) {
            return question.basics().askedOf(role);
        }
        Role accountable = accountableRole();
        return accountable == null || question.basics().askedOf(accountable.id());
    }

    /** The role that answers for the facts, or null when the questionnaire names none. */
    public Role accountableRole() {
        for (Role r : roles) {
            if (r.accountable()) {
                return r;
            }
        }
        return null;
    }

    public ScoringRules scoring() {
        return scoring;
    }

    public List<Field> fields() {
        return fields;
    }

    /** All questions, field by field, in questionnaire order. */
    public List<Question> questions() {
        return questions;
    }

    /** Position of a question in {@link #questions()}, or -1. */
    public int indexOf(String questionId) {
        return questionIndex.getOrDefault(questionId, -1);
    }

    /** Position in {@link #fields()} of the field that holds question number {@code questionIndex}. */
    public int fieldIndexOf(int questionIndex) {
        return fieldOfQuestion[questionIndex];
    }

    /** The stage with the largest {@code from} not above the score. */
    public Stage stageOf(double score) {
        Stage found = stages.get(0);
        for (Stage s : stages) {
            if (s.from() <= score) {
                found = s;
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
