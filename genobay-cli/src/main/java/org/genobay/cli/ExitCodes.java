package org.genobay.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.genobay.cli.hla.DonorFileException;
import org.genobay.hla.ImgtFormatException;
import org.genobay.hla.InvalidTypingException;
import org.genobay.hla.MacFormatException;
import org.genobay.hla.ReleaseNotFoundException;
import org.genobay.hla.UnknownAlleleException;
import org.genobay.variants.DatasetBusyException;
import org.genobay.variants.DatasetExistsException;
import org.genobay.variants.DuplicateSampleException;
import org.genobay.variants.GenotypeConflictException;
import org.genobay.variants.InvalidQueryException;
import org.genobay.variants.StoreCorruptedException;
import org.genobay.variants.StoreIoException;
import org.genobay.variants.UnknownDatasetException;
import org.genobay.variants.UnknownSampleException;
import org.genobay.variants.VcfFormatException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where failures become exit codes (sysexits.h values) and a {@code genobay: <message>} line on stderr.
 * A stack trace is printed only with {@code --verbose}.
 */
final class ExitCodes implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {
    static final int USAGE = 64;
    static final int DATA_ERROR = 65;
    static final int NO_INPUT = 66;
    static final int SOFTWARE = 70;
    static final int CANNOT_CREATE = 73;
    static final int IO_ERROR = 74;
    static final int TRY_AGAIN = 75;

    @Override
    public int getExitCode(Throwable failure) {
        if (failure instanceof ParameterException
                || failure instanceof InvalidQueryException
                || failure instanceof UnknownSampleException
                || failure instanceof DuplicateSampleException
                || failure instanceof SampleListException
                || failure instanceof InvalidTypingException
                || failure instanceof UnknownAlleleException) {
            return USAGE;
        }
        if (failure instanceof VcfFormatException
                || failure instanceof GenotypeConflictException
                || failure instanceof ImgtFormatException
                || failure instanceof MacFormatException
                || failure instanceof DonorFileException) {
            return DATA_ERROR;
        }
        if (failure instanceof UnknownDatasetException
                || failure instanceof MissingInputException
                || failure instanceof ReleaseNotFoundException) {
            return NO_INPUT;
        }
        if (failure instanceof DatasetExistsException) {
            return CANNOT_CREATE;
        }
        if (failure instanceof StoreIoException || failure instanceof UncheckedIOException) {
            return IO_ERROR;
        }
        if (failure instanceof DatasetBusyException) {
            return TRY_AGAIN;
        }
        return SOFTWARE; // StoreCorruptedException, and anything unexpected
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (verbose(parsed)) {
            failure.printStackTrace(err);
        }
        err.println("genobay: " + message(failure, verbose(parsed)));
        err.flush();
        return getExitCode(failure);
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("genobay: " + failure.getMessage());
        UnmatchedArgumentException.printSuggestions(failure, err);
        if (command.getSubcommands().isEmpty() || failure instanceof UnmatchedArgumentException) {
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        } else {
            command.usage(err);
        }
        err.flush();
        return getExitCode(failure);
    }

    /** Expected failures say what is wrong; the rest (code 70) say that this is a bug or damage, and how to see more. */
    private String message(Exception failure, boolean verbose) {
        if (getExitCode(failure) != SOFTWARE) {
            return failure.getMessage();
        }
        String text = failure instanceof StoreCorruptedException ? failure.getMessage() : "internal error: " + failure;
        return verbose ? text : text + " (run with --verbose for the stack trace)";
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
