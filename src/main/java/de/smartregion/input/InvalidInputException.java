package de.smartregion.input;

import java.util.List;

/** An input file, or several, could not be used; carries every problem found, each with its location. */
public final class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0).location());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
