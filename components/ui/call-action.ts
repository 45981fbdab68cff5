import { unexpectedFailure, type ActionResult } from "@/lib/action-result";

/**
 * Calls a server action from the browser. When the call itself fails (network down, server not
 * answering) the form gets the same "nothing was changed" result as any unexpected failure, and
 * keeps what the person typed.
 */
export function callAction<Input, Output>(
  action: (input: Input) => Promise<ActionResult<Output>>,
  input: Input,
): Promise<ActionResult<Output>> {
  return action(input).catch((): ActionResult<Output> => unexpectedFailure);
}
