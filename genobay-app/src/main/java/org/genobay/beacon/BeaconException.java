package org.genobay.beacon;

/** A request the Beacon cannot answer; it becomes a Beacon v2 error response with the status as errorCode. */
class BeaconException extends RuntimeException {

    private final int status;

    BeaconException(int status, String message) {
        super(message);
        this.status = status;
    }

    static BeaconException badRequest(String message) {
        return new BeaconException(400, message);
    }

    int status() {
        return status;
    }
}
