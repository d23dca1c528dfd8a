package org.genobay.omics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.genobay.errors.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The server directories whose files users may register by path ({@code genobay.omics.import-dirs}). A path is
 * accepted only when the file it names, with every symbolic link followed, lies inside one of them: a user never gets
 * the server to read an arbitrary file. A relative path is taken as relative to the first import directory.
 */
@Component
class ImportDirectories {

    private final List<Path> directories;

    ImportDirectories(OmicsProperties properties) {
        this.directories = properties.importDirs().stream()
                .map(d -> d.toAbsolutePath().normalize())
                .toList();
    }

    List<Path> directories() {
        return directories;
    }

    /**
     * The file as the server will read it.
     *
     * @throws InvalidInputException naming the field {@code paths} when the path is outside every import directory,
     *     missing or not a readable file
     */
    Path resolve(String path) {
        if (path == null || path.isBlank()) {
            throw new InvalidInputException("paths", "paths: give the path of a VCF, VCF.gz or BCF file");
        }
        if (directories.isEmpty()) {
            throw new InvalidInputException(
                    "paths",
                    "registering by path is off: no import directory is configured (genobay.omics.import-dirs)");
        }
        Path given;
        try {
            given = Path.of(path.strip());
        } catch (InvalidPathException e) {
            throw new InvalidInputException("paths", "path '" + path + "' is not a valid path");
        }
        Path absolute = (given.isAbsolute() ? given : directories.get(0).resolve(given)).normalize();
        if (inside(absolute).isEmpty()) {
            throw outside(path);
        }
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (IOException e) {
            throw new InvalidInputException("paths", "path '" + path + "': no such file in the import directories");
        }
        if (realInside(real).isEmpty()) {
            throw outside(path);
        }
        if (!Files.isRegularFile(real) || !Files.isReadable(real)) {
            throw new InvalidInputException("paths", "path '" + path + "' is not a readable file");
        }
        return real;
    }

    private Optional<Path> inside(Path absolute) {
        return directories.stream().filter(absolute::startsWith).findFirst();
    }

    private Optional<Path> realInside(Path real) {
        return directories.stream()
                .flatMap(d -> {
                    try {
                        return java.util.stream.Stream.of(d.toRealPath());
                    } catch (IOException e) {
                        return java.util.stream.Stream.empty();
                    }
                })
                .filter(real::startsWith)
                .findFirst();
    }

    private InvalidInputException outside(String path) {
        return new InvalidInputException(
                "paths",
                "path '" + path + "' is outside the import directories " + directories
                        + " (genobay.omics.import-dirs); copy the file there or upload it");
    }
}
