package org.genobay.beacon;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of {@code genobay.beacon.*}.
 *
 * @param id the Beacon's id, a reverse domain name (Beacon v2 {@code beaconId})
 * @param name its name shown by {@code /info}
 * @param organization who runs it
 * @param peers other Genobay nodes' Beacons ({@code https://host/api/beacon}) asked when a request says
 *     {@code federated=true}
 * @param peerTimeout how long one peer may take before it is reported as failed
 * @param maxRequest the largest POST body accepted; Beacon requests are small, so larger ones are refused
 * @param maxLimit the most records one page may hold ({@code limit})
 */
@ConfigurationProperties("genobay.beacon")
record BeaconProperties(
        @DefaultValue("org.genobay.beacon") String id,
        @DefaultValue("Genobay Beacon") String name,
        @DefaultValue("Genobay") String organization,
        @DefaultValue List<URI> peers,
        @DefaultValue("5s") Duration peerTimeout,
        @DefaultValue("64KB") DataSize maxRequest,
        @DefaultValue("100") int maxLimit) {

    BeaconProperties {
        peers = List.copyOf(peers);
        if (maxLimit < 1) {
            throw new IllegalArgumentException("genobay.beacon.max-limit must be at least 1, was " + maxLimit);
        }
    }
}
