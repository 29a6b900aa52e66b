package org.kgexplorer.cli.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fuzz pass: for {@code fuzz.minutes}, mutates the corpus of every loader and of the query parser in turn and
 * runs each variant through {@link CliProbe}. Variants that give an exit code and message not seen before join
 * the pool they are mutated from, which leads the mutations into paths the seeds alone do not reach. Each broken
 * promise is saved once per kind under {@code fuzz.findings} (the input and a note of what broke), and the test
 * fails when there is any. Run it with {@code mvn -Pfuzz verify -Dfuzz.minutes=N}; {@code fuzz.seed} repeats a
 * run's mutations.
 */
@EnabledIfSystemProperty(named = "fuzz.minutes", matches = "\\d+(\\.\\d+)?")
class FuzzCampaignTest {
    private static final Logger LOG = LoggerFactory.getLogger(FuzzCampaignTest.class);
    private static final int MAX_POOL = 400;
    /** Kinds of finding saved at most (a pass that finds more has a common cause to fix first). */
    private static final int MAX_SAVED = 100;

    @Test
    void mutatedInputsKeepTheContract() throws IOException {
        double minutes = Double.parseDouble(System.getProperty("fuzz.minutes"));
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Path findings = Path.of(System.getProperty("fuzz.findings", "target/fuzz-findings"));
        long end = System.nanoTime() + (long) (minutes * 60e9);
        Random choice = new Random(seed);
        Mutator mutator = new Mutator(seed);
        Map<FuzzTarget, List<byte[]>> pools = new EnumMap<>(FuzzTarget.class);
        Map<FuzzTarget, Set<String>> outcomesSeen = new EnumMap<>(FuzzTarget.class);
        for (FuzzTarget target : FuzzTarget.values()) {
            List<byte[]> pool = new ArrayList<>();
            for (Path file : Corpus.files(target)) {
                pool.add(Files.readAllBytes(file));
            }
            pools.put(target, pool);
            outcomesSeen.put(target, new HashSet<>());
        }
        Map<String, Integer> found = new LinkedHashMap<>();
        Map<FuzzTarget, Integer> runs = new EnumMap<>(FuzzTarget.class);
        FuzzTarget[] targets = FuzzTarget.values();
        try (CliProbe probe = new CliProbe()) {
            for (int i = 0; System.nanoTime() < end; i++) {
                FuzzTarget target = targets[i % targets.length];
                List<byte[]> pool = pools.get(target);
                byte[] input = mutator.mutate(pool.get(choice.nextInt(pool.size())),
                        pool.get(choice.nextInt(pool.size())), target);
                CliProbe.Outcome outcome = probe.run(target, input);
                runs.merge(target, 1, Integer::sum);
                if (!outcome.held()) {
                    String kind = target.folder() + ": " + outcome.signature();
                    if (found.merge(kind, 1, Integer::sum) == 1 && found.size() <= MAX_SAVED) {
                        save(findings, target, found.size(), input, outcome);
                    }
                } else if (pool.size() < MAX_POOL && outcomesSeen.get(target).add(shape(outcome))) {
                    pool.add(input);
                }
            }
        }
        String report = String.format(Locale.ROOT, "fuzz pass: seed %d, %.1f min, runs %s, %d kinds of finding%s",
                seed, minutes, runs, found.size(), found.isEmpty() ? "" : " (saved in " + findings + "): " + found);
        LOG.info(report);
        Files.createDirectories(findings);
        Files.writeString(findings.resolve("summary.txt"), report + "\n", StandardCharsets.UTF_8);
        if (!found.isEmpty()) {
            fail(report);
        }
    }

    /** An outcome's exit code and first error line with numbers and quoted text taken out. */
    private static String shape(CliProbe.Outcome outcome) {
        String first = outcome.err().lines().reduce((a, b) -> b).orElse("");
        return outcome.code() + " " + first.replaceAll("\\d+", "N").replaceAll("'[^']*'|\"[^\"]*\"|<[^>]*>", "Q");
    }

    private static void save(Path findings, FuzzTarget target, int number, byte[] input, CliProbe.Outcome outcome)
            throws IOException {
        Path dir = Files.createDirectories(findings.resolve(target.folder()));
        String name = String.format(Locale.ROOT, "finding-%03d", number);
        Files.write(dir.resolve(name + "." + target.extension()), input);
        Files.writeString(dir.resolve(name + ".txt"), String.join("\n", outcome.problems()) + "\nexit "
                + outcome.code() + "\nstderr:\n" + outcome.err(), StandardCharsets.UTF_8);
    }
}
