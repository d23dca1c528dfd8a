/**
 * The biobank: pseudonymized participants and their consent, specimens with their aliquots and derivatives, storage
 * (freezer, rack, box) and the chain of custody of every specimen. Everything is scoped to the signed-in user's
 * institution: another institution's records read as not found.
 */
package org.genobay.biobank;
