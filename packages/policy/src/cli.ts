/** Entry point of cnpg-site-policy. */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--version') {
    process.stdout.write('cnpg-site-policy/0.1.0\n');
    return 0;
  }
  process.stderr.write('usage: cnpg-site-policy ci --base REF [--head REF]\n');
  return 2;
}
