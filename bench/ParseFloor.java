import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * The floor for the compare benchmark: the same files only parsed with Jackson into a tree and discarded, on as
 * many threads as compare uses, so that the ratio shows what loading, validating and scoring add.
 *
 * Run: java -cp target/smartregion.jar bench/ParseFloor.java DIR [THREADS]
 */
public class ParseFloor {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        YAMLMapper mapper = new YAMLMapper();
        LongAdder nodes = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> tasks = new ArrayList<>();
        for (int start = 0; start < files.size(); start += 64) {
            final int from = start;
            final int to = Math.min(files.size(), start + 64);
            tasks.add(pool.submit(() -> {
                for (int i = from; i < to; i++) {
                    try {
                        nodes.add(mapper.readTree(Files.readAllBytes(files.get(i))).size());
                    } catch (Exception e) {
                        throw new IllegalStateException(files.get(i).toString(), e);
                    }
                }
            }));
        }
        for (Future<?> t : tasks) {
            t.get();
        }
        pool.shutdown();
        System.out.println(files.size() + " files, " + nodes.sum() + " top-level keys");
    }
}
