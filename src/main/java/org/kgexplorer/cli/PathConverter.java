package org.kgexplorer.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A path option's value. Under a locale without UTF-8 (LANG=C, POSIX) Java cannot name a file whose name is not
 * ASCII, and says so in words of its own: this says why, and what to run instead.
 */
final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(oneLine(value) + ": not a file name here (" + why(e) + ")");
        }
    }

    /** Why Java refused the name: the locale, when it is not UTF-8, is the usual reason. */
    static String why(InvalidPathException e) {
        String encoding = System.getProperty("sun.jnu.encoding", "");
        return encoding.toUpperCase(Locale.ROOT).contains("UTF") ? e.getReason()
                : "this locale's file names are " + encoding + "; run with a UTF-8 locale, such as LANG=C.UTF-8";
    }

    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }
}
