/**
 * Shipments of specimens between institutions: the sender packs available specimens into a shipment to another
 * institution, prints its manifest (CSV, or a page with the Data Matrix of every tube), dispatches it, and the receiver
 * records the receipt of every item: accepted items come under the receiver, damaged or missing ones stay on the
 * sender's books. A shipment is seen by its sender and, once dispatched, by its receiver; by no one else.
 *
 * <p>A module of its own rather than part of the biobank: it holds its own records (the shipment, and the manifest as
 * packed, which must not change when a specimen later does) and a state machine of its own, and it needs from the
 * biobank only what {@link org.genobay.biobank.SpecimenTransfers} offers (pack, unpack, dispatch, accept, report a
 * problem), so the biobank knows nothing of shipments.
 */
package org.genobay.shipments;
