package org.baokan.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The five seed pages bundled with the program (the jar's {@code seeds/} folder): the default archive's first content. */
public final class SeedPages {
    private SeedPages() {
    }

    /**
     * A bundled page.
     *
     * @param name  its file name
     * @param bytes its content
     */
    public record Seed(String name, byte[] bytes) {
    }

    public static List<Seed> all() {
        URL folder = SeedPages.class.getResource("/seeds/");
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return read(fs.getPath("/seeds"));
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Seed> read(Path folder) throws IOException {
        List<Seed> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    out.add(new Seed(p.getFileName().toString(), in.readAllBytes()));
                }
            }
        }
        return out;
    }
}
