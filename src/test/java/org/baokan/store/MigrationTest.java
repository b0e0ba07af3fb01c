package org.baokan.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** An archive made by version 1 of the schema is backed up, upgraded, and searchable. */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionOneArchiveIsBackedUpAndUpgraded() throws Exception {
        Path db = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            Migrations.runScript(c, "/db/V1__archive.sql");
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA user_version = 1");
                s.execute("INSERT INTO paper (id, name) VALUES (1, '某区新闻')");
                s.execute("INSERT INTO issue (id, paper_id, date, date_source) VALUES (1, 1, '2019-05-01', 'masthead')");
                s.execute("INSERT INTO page (id, issue_id, number, number_key, front_page, file_name, sha256, encoding, "
                        + "paper_source, imported_at, article_count) VALUES (1, 1, NULL, '1', 1, 'old.txt', 'abc', 'UTF-8', "
                        + "'masthead', '2019-05-01T00:00:00Z', 1)");
            }
            try (var s = c.prepareStatement("INSERT INTO article (id, page_id, ord, kind, title, reporters, "
                    + "correspondents, photographers, editors, paragraphs, warnings) VALUES (1, 1, 0, 'news', '創城攻堅', "
                    + "'[]', '[]', '[]', '[]', ?, '[]')")) {
                s.setBytes(1, Rows.paragraphs(java.util.List.of("全區召開創建全國文明城市工作會議。")));
                s.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO guide_entry (id, page_id, ord, title, target_page) VALUES (1, 1, 0, '集裝箱小镇开街', '03')");
            }
        }
        try (Archive a = Archive.open(db)) {
            assertThat(a.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(a.reader().article(1)).isPresent();
            var q = new SearchIndex.Query(java.util.List.of("创城"), java.util.List.of());
            assertThat(a.searchIndex().match(q, SearchIndex.Filter.NONE, 10, 0).total()).isEqualTo(1);
            assertThat(a.searchIndex().match(new SearchIndex.Query(java.util.List.of("会"), java.util.List.of()),
                    SearchIndex.Filter.NONE, 10, 0).total()).isEqualTo(1);
            var guide = new SearchIndex.Query(java.util.List.of("集装箱"), java.util.List.of());
            assertThat(a.searchIndex().matchGuide(guide, SearchIndex.Filter.NONE, 10).total()).isEqualTo(1);
        }
        Path backup = dir.resolve("old.db.v1.bak");
        assertThat(backup).exists();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement s = c.createStatement();
             var r = s.executeQuery("PRAGMA user_version")) {
            assertThat(r.getInt(1)).isEqualTo(1);
        }
        assertThat(Files.size(backup)).isPositive();
    }

    @Test
    void aNewArchiveGetsTheLatestSchemaWithoutABackup() throws Exception {
        Path db = dir.resolve("new.db");
        try (Archive a = Archive.open(db)) {
            assertThat(a.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(a.isEmpty()).isTrue();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".bak"));
        }
    }

    @Test
    void scriptsSplitIntoStatements() {
        assertThat(Migrations.statements("-- a comment\nCREATE TABLE x (a INT); -- trailing\nINSERT INTO x VALUES (1);\n"))
                .containsExactly("CREATE TABLE x (a INT);", "INSERT INTO x VALUES (1);");
    }
}
