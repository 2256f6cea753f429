package de.smartregion.cli;

import de.smartregion.compare.Cohort;
import de.smartregion.compare.CohortRow;
import de.smartregion.compare.PeerPosition;
import de.smartregion.compare.Standing;
import de.smartregion.compare.Submission;
import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Location;
import de.smartregion.input.Problem;
import de.smartregion.load.LoadedAssessment;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Assessment;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.score.Combine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code assess --previous} and {@code --peers} place a result against: the previous files must be the same
 * municipality's, all of one earlier period; the peers answer the same questionnaire and include the result's
 * period.
 */
final class StandingOptions {

    private final BaseCommand command;
    private final QuestionnaireOption questionnaire;
    /** The peers, loaded once for every assessment of a run; null until first asked for. */
    private Cohort peerCohort;
    private Path firstPeer;

    StandingOptions(BaseCommand command, QuestionnaireOption questionnaire) {
        this.command = command;
        this.questionnaire = questionnaire;
    }

    /**
     * @param earlier the previous period's files, loaded; empty when none are given
     * @param inputs the files no output may overwrite; the peers' files are added
     */
    Standing standing(QuestionnaireSource source, List<Path> files, List<LoadedAssessment> current,
                      List<Path> previous, List<LoadedAssessment> earlier, List<Path> peers, Result result,
                      Combine how, List<Path> inputs) throws Exception {
        PeerPosition position = peers.isEmpty() ? null : position(source, peers, result, how, inputs);
        List<Submission> before = new ArrayList<>();
        if (!earlier.isEmpty()) {
            checkEarlier(earlier, current.get(0));
            for (int i = 0; i < earlier.size(); i++) {
                before.add(submission(previous.get(i), earlier.get(i)));
            }
        }
        List<Submission> now = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            now.add(submission(files.get(i), current.get(i)));
        }
        return Standing.against(now, before, how, position);
    }

    private PeerPosition position(QuestionnaireSource source, List<Path> peers, Result result, Combine how,
                                  List<Path> inputs) throws Exception {
        if (peerCohort == null) {
            BatchRun run = BatchRun.load(command, peers, source, new BatchOptions());
            inputs.addAll(run.inputs(questionnaire));
            peerCohort = Cohort.of(run.entries());
            firstPeer = run.entries().get(0).file();
        }
        Cohort cohort = peerCohort;
        Questionnaire q = cohort.commonQuestionnaire();
        if (q != result.questionnaire()) {
            throw new InvalidInputException(List.of(new Problem(
                    Location.of(firstPeer.toString()), "cli.assess.peers-questionnaire",
                    List.of(q.toString(), result.questionnaire().toString()))));
        }
        List<CohortRow> rows = cohort.snapshot(result.period(), how).rows();
        if (rows.stream().allMatch(r -> r.id().equals(result.municipality().id()))) {
            throw new UsageException("cli.assess.peers-none", result.period());
        }
        return PeerPosition.of(CohortRow.of(result), rows);
    }

    private static Submission submission(Path file, LoadedAssessment a) {
        return Submission.of(file, a.questionnaire(), a.assessment());
    }

    /** The previous period's files describe the same municipality in a period before the current one. */
    private static void checkEarlier(List<LoadedAssessment> earlier, LoadedAssessment current)
            throws InvalidInputException {
        Assessment now = current.assessment();
        List<Problem> problems = new ArrayList<>();
        for (LoadedAssessment l : earlier) {
            Assessment a = l.assessment();
            if (!a.municipality().id().equals(now.municipality().id())) {
                problems.add(new Problem(l.municipalityAt(), "cli.assess.previous-other",
                        List.of(a.municipality().id(), now.municipality().id(), now.source())));
            } else if (a.period().compareTo(now.period()) >= 0) {
                problems.add(new Problem(l.periodAt(), "cli.assess.previous-not-earlier",
                        List.of(a.period(), now.period(), now.source())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
