/**
 * The command-line interface (picocli). Commands are thin: they call the services and print.
 * The only package that writes to standard output.
 */
package org.baokan.cli;
