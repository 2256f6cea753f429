package de.smartregion.load;

import java.util.Locale;
import java.util.Set;

/**
 * The columns survey tools add to every export besides the answers: LimeSurvey's response table (its column codes
 * and its German and English headings), Microsoft Forms and Google Forms in German and English. An import reads
 * past them instead of rejecting the file; a column named like a question is always the question.
 */
final class SurveyMetadata {

    /** In lower case; headings are compared in lower case with their spaces trimmed. */
    private static final Set<String> NAMES = Set.of(
            // LimeSurvey, "Export responses" with question codes
            "id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr", "refurl",
            "token",
            // LimeSurvey with full headings
            "response id", "date submitted", "last page", "start language", "date started",
            "date last action", "ip address", "referrer url", "antwort id", "antwort-id", "datum abgeschickt",
            "letzte seite", "start-sprache", "zufallsstartwert", "startdatum", "datum der letzten aktivität",
            "ip-adresse", "datum gestartet", "datum letzte aktivität", "gesamtzeit", "total time", "interviewtime",
            // Microsoft Forms
            "start time", "completion time", "email", "name", "last modified time", "startzeit",
            "fertigstellungszeit", "e-mail", "zeitpunkt der letzten änderung", "letzte änderungszeit",
            // Google Forms
            "timestamp", "zeitstempel", "email address", "e-mail-adresse", "score", "punkte", "punktzahl");

    private SurveyMetadata() {
    }

    /** LimeSurvey's date of submission, which an unfinished response leaves empty. */
    private static final Set<String> SUBMITTED = Set.of("submitdate", "date submitted", "datum abgeschickt");

    static boolean isSubmitted(String heading) {
        return SUBMITTED.contains(heading.strip().toLowerCase(Locale.ROOT));
    }

    /** LimeSurvey's language a respondent answered in: its code, and its English and German headings. */
    private static final Set<String> LANGUAGE = Set.of("startlanguage", "start language", "start-sprache");

    static boolean isLanguage(String heading) {
        return LANGUAGE.contains(heading.strip().toLowerCase(Locale.ROOT));
    }

    static boolean isMetadata(String heading) {
        return NAMES.contains(heading.strip().toLowerCase(Locale.ROOT));
    }
}
