package de.smartregion.load;

import java.util.List;

/** The keys of an answer's long form; a matrix row may not take one of these names. */
final class AnswerKeys {

    static final List<String> LONG_FORM = List.of("value", "target", "note", "evidence");

    private AnswerKeys() {
    }
}
