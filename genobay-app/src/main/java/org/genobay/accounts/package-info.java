/**
 * Institutions, local accounts with hashed passwords and roles, the first administrator, and how requests are
 * authenticated. Other modules learn who is calling through {@link org.genobay.accounts.CurrentUser}, which a controller
 * method receives as a parameter.
 */
package org.genobay.accounts;
