package jixiao.tables;

import java.nio.file.Path;

/**
 * A file of the scoring tables in force for some fiscal years.
 *
 * @param name  its path in the base layout ({@code templates/mof-project.yml}), the same whichever folder it
 *              comes from: the name the ruleset version hashes it under
 * @param shown where it is, as errors name it ({@code scoring-tables/2026/templates/mof-project.yml})
 * @param path  the file to read
 */
public record TableFile(String name, String shown, Path path) {
}
