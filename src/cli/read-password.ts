/** Reads a password without echoing it, or from standard input for scripts; there is never a default. */
import readline from 'node:readline';
import { Password } from '../api/schemas/common.ts';
import { CliError } from './cli-error.ts';

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    output._writeToOutput = (text: string) => {
      if (text.startsWith(question)) process.stdout.write(question);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

export async function readPassword(fromStdin: boolean): Promise<string> {
  let password: string;
  if (fromStdin) {
    password = await readAllStdin();
  } else {
    if (!process.stdin.isTTY) throw new CliError('no terminal to ask for the password: pipe it in with --password-stdin');
    password = await promptHidden('Password (at least 10 characters): ');
    const again = await promptHidden('Password again: ');
    if (password !== again) throw new CliError('the two passwords differ');
  }
  const checked = Password.safeParse(password);
  if (!checked.success) throw new CliError(`password ${checked.error.issues[0]?.message ?? 'is not valid'}`);
  return password;
}
