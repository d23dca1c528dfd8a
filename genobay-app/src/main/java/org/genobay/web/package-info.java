/** The web UI's frame: sign-in page, layout, start page, styles and scripts. Each system adds its own pages. */
package org.genobay.web;
