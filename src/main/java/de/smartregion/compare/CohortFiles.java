package de.smartregion.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The answer files of a cohort by municipality and period, without their answers: what a report run keeps while it
 * reads each municipality again, so that a cohort of 100,000 does not hold 100,000 sets of scores twice over.
 */
public final class CohortFiles {

    private final Map<String, TreeMap<String, List<Path>>> byMunicipality;

    private CohortFiles(Map<String, TreeMap<String, List<Path>>> byMunicipality) {
        this.byMunicipality = byMunicipality;
    }

    public static CohortFiles of(Cohort cohort) {
        Map<String, TreeMap<String, List<Path>>> files = new HashMap<>();
        for (Map.Entry<String, SortedMap<String, List<Submission>>> m : cohort.byMunicipality().entrySet()) {
            TreeMap<String, List<Path>> periods = new TreeMap<>();
            for (Map.Entry<String, List<Submission>> p : m.getValue().entrySet()) {
                List<Path> paths = new ArrayList<>(p.getValue().size());
                for (Submission s : p.getValue()) {
                    paths.add(s.file());
                }
                periods.put(p.getKey(), List.copyOf(paths));
            }
            files.put(m.getKey(), periods);
        }
        return new CohortFiles(files);
    }

    /** The files of one municipality and period, in file order; empty when there are none. */
    public List<Path> files(String id, String period) {
        TreeMap<String, List<Path>> periods = byMunicipality.get(id);
        List<Path> files = periods == null ? null : periods.get(period);
        return files == null ? List.of() : files;
    }

    /** The latest period of a municipality before {@code period}; null when it has none. */
    public String periodBefore(String id, String period) {
        TreeMap<String, List<Path>> periods = byMunicipality.get(id);
        return periods == null ? null : periods.lowerKey(period);
    }
}
