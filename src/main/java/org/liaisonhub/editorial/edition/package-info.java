/**
 * The signed offline edition's files, without a database or a server (issue 17): which part of an exchange document
 * an edition holds ({@link org.liaisonhub.editorial.edition.EditionScope}), the PDF
 * ({@link org.liaisonhub.editorial.edition.EditionPdf}), detached signatures
 * ({@link org.liaisonhub.editorial.edition.EditionSignature}) and the command that checks one
 * ({@link org.liaisonhub.editorial.edition.VerifyEdition}, JDK only, so {@code java -cp target/classes} runs it).
 */
package org.liaisonhub.editorial.edition;
