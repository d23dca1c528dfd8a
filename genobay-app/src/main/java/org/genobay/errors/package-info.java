/**
 * The kinds of failure every module throws, and their translation into RFC 9457 problem details for the API and into
 * an error page for the browser. No response ever carries a stack trace.
 */
package org.genobay.errors;
