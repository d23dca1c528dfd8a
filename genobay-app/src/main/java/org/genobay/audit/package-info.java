/**
 * Who read what: every module records reads of personal or controlled data here (participant pages, look-ups by
 * hospital ID, searches), and an institution's administrators can see its log. Tamper evidence comes later.
 */
package org.genobay.audit;
