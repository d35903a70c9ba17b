/**
 * The confirmation after a save. The live region is there before its message, because screen
 * readers announce changes to a region they already know, not a region that appears.
 */
export function FormStatus({ message }: { message: string | null }) {
  return (
    <p role="status" className="form-status">
      {message}
    </p>
  );
}
