/** Editorial state that is not an entry itself: reports that an entry looks outdated. */
package org.liaisonhub.editorial.domain;
