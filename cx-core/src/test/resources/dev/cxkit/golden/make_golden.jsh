// Writes the golden bytes of the binary forms whose body is another library's encoding (the
// DataSketches frequent-items sketch of TermCounts, HdrHistogram's compressed histogram of
// DurationHistogram), with cxkit's own encoders at their current version. Run from the
// repository root after `mvn -pl cx-core compile`:
//   M=~/.m2/repository; jshell --class-path cx-core/target/classes:$M/org/apache/datasketches/datasketches-java/6.2.0/datasketches-java-6.2.0.jar:$M/org/apache/datasketches/datasketches-memory/3.0.2/datasketches-memory-3.0.2.jar:$M/org/hdrhistogram/HdrHistogram/2.2.2/HdrHistogram-2.2.2.jar cx-core/src/test/resources/dev/cxkit/golden/make_golden.jsh
import dev.cxkit.live.DurationHistogram;
import dev.cxkit.text.TermCountAccumulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

Path dir = Path.of("cx-core/src/test/resources/dev/cxkit/golden");
Files.write(dir.resolve("term-counts-v1.bin"), TermCountAccumulator.create("pt", 100, 2)
        .add(List.of("não", "recebi", "produto"))
        .add(List.of("produto", "errado"))
        .add(List.of())
        .snapshot()
        .toByteArray());
Files.write(dir.resolve("duration-histogram-v1.bin"), DurationHistogram.of("wait time",
        Duration.ofSeconds(30), Duration.ofSeconds(45), Duration.ofMinutes(2), Duration.ofMillis(1500))
        .toByteArray());
/exit
