/**
 * Who read what: every module records reads of personal or controlled data here (participant pages, look-ups by
 * hospital ID, searches), and an institution's administrators can see its log. The log is a hash chain
 * ({@link org.genobay.audit.AccessLogChain}): a changed, removed or reordered entry breaks it, and
 * {@link org.genobay.audit.AccessLogVerification} names the first entry where it breaks.
 */
package org.genobay.audit;
