package org.eventwire.export;

/**
 * The CAMEO coding of one event.
 *
 * @param eventCode the CAMEO event code, e.g. {@code "036"} or {@code "180"}
 * @param root its root (the first two digits) with quad class and Goldstein value
 * @param rationale why the PLOVER type and mode map here
 */
public record CameoCode(String eventCode, CameoRoot root, String rationale) {

  public String rootCode() {
    return root.code();
  }
}
