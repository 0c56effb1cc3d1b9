const { main } = await import(process.env.ENTRY);
process.exitCode = await main(process.argv.slice(2));
