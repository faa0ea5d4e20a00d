package vn.truongso.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @TempDir
    Path dataDir;

    @Test
    void theSchemaVersionTheStoreChecksIsTheNewestMigration() throws Exception {
        Path migrations = Path.of(getClass().getResource("/db/migration").toURI());
        int newest;
        try (var files = Files.list(migrations)) {
            newest = files.map(f -> VERSIONED.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }

        assertThat(LocalStore.SCHEMA_VERSION).isEqualTo(String.valueOf(newest));
    }

    @Test
    void aStoreWrittenByANewerAppIsRefusedNotDamaged() throws URISyntaxException {
        try (LocalStore store = LocalStore.open(dataDir, Clock.systemDefaultZone())) {
            store.write(tx -> tx.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\","
                    + " \"success\") VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 0, TRUE)"));
        }

        assertThatThrownBy(() -> LocalStore.open(dataDir, Clock.systemDefaultZone()))
                .hasMessageContaining("99");
    }
}
