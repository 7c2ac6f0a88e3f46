<?php

use PHPUnit\Framework\TestCase;

final class MathTest extends TestCase
{
    public function testAddsNumbers(): void
    {
        $this->assertSame(5, 2 + 3);
    }

    public function testSubtractsNumbers(): void
    {
        $this->assertSame(2, 5 - 3);
    }

    public function testMultipliesNumbers(): void
    {
        // A deliberate bug: 2 + 3 instead of 2 * 3, so the message has "5 is identical to 6".
        $this->assertSame(6, 2 + 3);
    }

    public function testDividesNumbers(): void
    {
        $this->markTestSkipped('not implemented');
    }
}
