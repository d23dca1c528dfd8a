package org.genobay.hla.search;

import org.genobay.hla.HlaException;

/** An entry given to {@link DonorIndex.Builder} cannot be indexed: its typing is invalid, or its id is repeated. */
public final class InvalidDonorEntryException extends HlaException {
    private static final long serialVersionUID = 1L;

    InvalidDonorEntryException(String message) {
        super(message);
    }

    InvalidDonorEntryException(String message, Throwable cause) {
        super(message, cause);
    }
}
